package app.docsbridge.core.picker;

/** Why a picked file cannot be handed to the editor; nothing was changed. */
public class PickException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { LOGIN_REQUIRED, NOT_FOUND, UNSUPPORTED, NOT_CONFIGURED }

    private final Reason reason;

    public PickException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
