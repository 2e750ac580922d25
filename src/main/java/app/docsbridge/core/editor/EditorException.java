package app.docsbridge.core.editor;

/** Why the editor cannot open; the web layer turns each reason into its own page or status. */
public class EditorException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such attachment, or the user may not know it exists. */
        NOT_FOUND,
        /** An anonymous visitor must sign in first. */
        LOGIN_REQUIRED,
        /** The file's format cannot be opened in ONLYOFFICE. */
        UNSUPPORTED_FORMAT,
        /** Larger than the Docs server downloads. */
        TOO_LARGE,
        /** The Docs address is not configured. */
        NO_DOCS_ADDRESS,
        /** No JWT secret: the app refuses to talk to the Docs server unsigned. */
        NO_SECRET
    }

    private final Reason reason;

    public EditorException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
