package app.docsbridge.core.docs;

/** The Document Server stopped sending, or did not answer in time: worth trying again later. */
public class DocsStalledException extends DocsUnavailableException {

    private static final long serialVersionUID = 1L;

    public DocsStalledException(String message) {
        super(message);
    }

    public DocsStalledException(String message, Throwable cause) {
        super(message, cause);
    }
}
