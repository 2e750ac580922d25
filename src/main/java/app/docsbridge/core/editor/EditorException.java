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
    /** The page of the attachment, when the user may know it (the way back from the message page); else 0. */
    private final long pageId;

    public EditorException(Reason reason) {
        this(reason, 0);
    }

    public EditorException(Reason reason, long pageId) {
        super(reason.name());
        this.reason = reason;
        this.pageId = pageId;
    }

    public long pageId() {
        return pageId;
    }

    public Reason reason() {
        return reason;
    }
}
