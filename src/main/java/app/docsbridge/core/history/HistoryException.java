package app.docsbridge.core.history;

/** Why a history request cannot be answered; the web layer maps each reason to a status and a message. */
public class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Anonymous visitor where the space needs a sign-in. */
        LOGIN_REQUIRED,
        /** No such attachment or version, or the user may not view it. */
        NOT_FOUND,
        /** The user may view but not restore. */
        FORBIDDEN,
        /** A newer version was saved since the editor opened. */
        STALE,
        /** Other people are editing the document right now. */
        CO_EDITING,
        /** No Docs server or secret configured. */
        NOT_CONFIGURED,
        /** Storing the restored version failed; nothing changed. */
        FAILED
    }

    private final Reason reason;

    public HistoryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
