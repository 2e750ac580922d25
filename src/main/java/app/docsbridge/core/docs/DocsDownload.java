package app.docsbridge.core.docs;

import java.io.IOException;
import java.io.InputStream;

/** A file being streamed from the Document Server; {@code length} is -1 when the server did not announce it. */
public record DocsDownload(InputStream body, long length) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        body.close();
    }
}
