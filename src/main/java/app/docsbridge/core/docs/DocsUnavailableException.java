package app.docsbridge.core.docs;

import java.io.IOException;

/** The Document Server could not be reached or answered with a server error: worth trying again later. */
public class DocsUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    public DocsUnavailableException(String message) {
        super(message);
    }

    public DocsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
