package app.docsbridge.core.saveas;

import app.docsbridge.core.access.EditorAccess;

/** Why a copy was not saved; the web layer turns each reason into a status and a message. Nothing was stored. */
public class SaveCopyException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        LOGIN_REQUIRED,
        /** The file being edited is gone or not the user's to see. */
        NOT_FOUND,
        /** The target page is gone or not the user's to see. */
        PAGE_NOT_FOUND,
        /** The user may not add attachments to the target page. */
        FORBIDDEN,
        /** Not a format of the format table, or not the one the link's file has. */
        UNSUPPORTED,
        /** The typed name is refused; see {@link #nameProblem()}. */
        INVALID_NAME,
        /** The link does not point at the configured Docs server. */
        FOREIGN_URL,
        /** The Docs server's file is larger than the administrator's limit. */
        TOO_LARGE,
        /** The Docs server's file is not a file of the format (an error page, a broken file). */
        BAD_CONTENT,
        /** The Docs server could not be reached or did not deliver; trying again may help. */
        DOCS_UNAVAILABLE,
        NOT_CONFIGURED
    }

    private final Reason reason;
    private final transient app.docsbridge.core.create.FileNames.Problem nameProblem;

    public SaveCopyException(Reason reason) {
        this(reason, null, null);
    }

    public SaveCopyException(Reason reason, Throwable cause) {
        this(reason, null, cause);
    }

    public SaveCopyException(app.docsbridge.core.create.FileNames.Problem nameProblem) {
        this(Reason.INVALID_NAME, nameProblem, null);
    }

    private SaveCopyException(Reason reason, app.docsbridge.core.create.FileNames.Problem nameProblem,
                              Throwable cause) {
        super(reason.name() + (nameProblem == null ? "" : ": " + nameProblem.name()), cause);
        this.reason = reason;
        this.nameProblem = nameProblem;
    }

    /** A refusal of {@link EditorAccess}. */
    static SaveCopyException refused(EditorAccess.Refusal refusal) {
        return new SaveCopyException(switch (refusal) {
            case LOGIN_REQUIRED -> Reason.LOGIN_REQUIRED;
            case FILE_NOT_FOUND -> Reason.NOT_FOUND;
            case PAGE_NOT_FOUND -> Reason.PAGE_NOT_FOUND;
        });
    }

    public Reason reason() {
        return reason;
    }

    public java.util.Optional<app.docsbridge.core.create.FileNames.Problem> nameProblem() {
        return java.util.Optional.ofNullable(nameProblem);
    }
}
