package app.docsbridge.core.docs;

/** A URL the app was asked to fetch that does not belong to the configured Document Server. */
public class ForeignUrlException extends Exception {

    private static final long serialVersionUID = 1L;

    public ForeignUrlException(String message) {
        super(message);
    }
}
