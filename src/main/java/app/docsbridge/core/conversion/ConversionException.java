package app.docsbridge.core.conversion;

/** A conversion request that cannot be served at all; the web layer turns each reason into a status. */
public class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Anonymous visitors cannot create attachments. */
        LOGIN_REQUIRED,
        /** No such attachment, or the user may not see it. */
        NOT_FOUND,
        /** The user may not add attachments to the page. */
        FORBIDDEN,
        /** The file's format does not convert to the requested target (or at all). */
        UNSUPPORTED_TARGET,
        /** The file is above what the Docs server downloads. */
        TOO_LARGE,
        /** No Docs address or no JWT secret: the app does not talk to the Docs server. */
        NOT_CONFIGURED
    }

    private final Reason reason;

    public ConversionException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
