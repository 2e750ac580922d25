package app.docsbridge.core.picker;

import app.docsbridge.core.access.EditorAccess;

/** Why a picked file cannot be handed to the editor; nothing was changed. */
public class PickException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { LOGIN_REQUIRED, NOT_FOUND, UNSUPPORTED, NOT_CONFIGURED }

    private final Reason reason;

    public PickException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    /** A refusal of {@link EditorAccess}: signed out, or (the editor's file or the page) not found. */
    static PickException refused(EditorAccess.Refusal refusal) {
        return new PickException(refusal == EditorAccess.Refusal.LOGIN_REQUIRED ? Reason.LOGIN_REQUIRED
                : Reason.NOT_FOUND);
    }

    public Reason reason() {
        return reason;
    }
}
