package app.docsbridge.core.callback;

import app.docsbridge.core.docs.DocsRejectedException;

/** The result came in another format than the attachment's and could not be converted back. */
public class ResultFormatException extends DocsRejectedException {

    private static final long serialVersionUID = 1L;

    public ResultFormatException(String message) {
        super(message);
    }
}
