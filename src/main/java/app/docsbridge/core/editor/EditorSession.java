package app.docsbridge.core.editor;

import app.docsbridge.core.formats.Format;
import app.docsbridge.core.port.StoredAttachment;

import java.util.Map;

/** Everything the editor page needs: the signed config for {@code DocsAPI.DocEditor} and where api.js lives. */
public record EditorSession(StoredAttachment attachment, Format format, boolean editing, Map<String, Object> config,
                            String docsApiUrl, String docsUrl) {
}
