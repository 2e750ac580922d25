package app.docsbridge.core.rename;

import app.docsbridge.core.create.FileNames;

import java.util.Optional;

/** Why an attachment was not renamed; nothing changed. */
public class RenameException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        LOGIN_REQUIRED,
        /** No such attachment, or not the user's to see. */
        NOT_FOUND,
        /** The user may view the file but not edit it. */
        FORBIDDEN,
        /** The name is refused; see {@link #nameProblem()} (empty for a name over Confluence's 255 characters). */
        INVALID_NAME,
        /** Another attachment of the page has that name. */
        NAME_TAKEN
    }

    private final Reason reason;
    private final transient FileNames.Problem nameProblem;

    public RenameException(Reason reason) {
        this(reason, null);
    }

    public RenameException(Reason reason, FileNames.Problem nameProblem) {
        super(reason.name() + (nameProblem == null ? "" : ": " + nameProblem.name()));
        this.reason = reason;
        this.nameProblem = nameProblem;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<FileNames.Problem> nameProblem() {
        return Optional.ofNullable(nameProblem);
    }
}
