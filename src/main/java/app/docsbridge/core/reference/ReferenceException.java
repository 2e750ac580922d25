package app.docsbridge.core.reference;

/** Why a linked-data request is refused; nothing was changed. */
public class ReferenceException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { LOGIN_REQUIRED, NOT_FOUND, FOREIGN, UNSUPPORTED, NOT_CONFIGURED }

    private final Reason reason;

    public ReferenceException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
