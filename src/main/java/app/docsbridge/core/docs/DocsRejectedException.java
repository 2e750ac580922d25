package app.docsbridge.core.docs;

import java.io.IOException;

/** The Document Server refused a request (4xx, or an error code in its answer): trying again will not help. */
public class DocsRejectedException extends IOException {

    private static final long serialVersionUID = 1L;

    public DocsRejectedException(String message) {
        super(message);
    }
}
