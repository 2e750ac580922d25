package app.docsbridge.core.jwt;

/** A token that must not be trusted: missing, malformed, wrongly signed, of an unaccepted algorithm, or expired. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
