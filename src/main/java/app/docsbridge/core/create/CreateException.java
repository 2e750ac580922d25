package app.docsbridge.core.create;

import java.util.Optional;

/** Why a new document was not created; the web layer turns each reason into a status and a message. */
public class CreateException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Anonymous visitors never create attachments. */
        LOGIN_REQUIRED,
        /** No such page, or the user may not add attachments to it. */
        FORBIDDEN,
        /** The type is not one the dialog offers. */
        UNKNOWN_TYPE,
        /** The typed name is refused; see {@link #nameProblem()}. */
        INVALID_NAME,
        /** The app is not configured: a new document could not be opened, so none is created. */
        NOT_CONFIGURED
    }

    private final Reason reason;
    private final transient FileNames.Problem nameProblem;

    public CreateException(Reason reason) {
        this(reason, null);
    }

    public CreateException(FileNames.Problem nameProblem) {
        this(Reason.INVALID_NAME, nameProblem);
    }

    private CreateException(Reason reason, FileNames.Problem nameProblem) {
        super(nameProblem == null ? reason.name() : reason.name() + ": " + nameProblem.name());
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
