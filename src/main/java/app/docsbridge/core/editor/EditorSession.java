package app.docsbridge.core.editor;

import app.docsbridge.core.formats.Format;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;

import java.util.Map;

/**
 * Everything the editor page needs: the signed config for {@code DocsAPI.DocEditor} and where api.js lives.
 * {@code configJson} is the config as the app's mapper serialized it (token included), so that the page embeds the
 * text that was signed instead of serializing the config a second time.
 */
public record EditorSession(StoredAttachment attachment, Format format, boolean editing, Map<String, Object> config,
                            String docsApiUrl, String docsUrl, String configJson) {

    public EditorSession(StoredAttachment attachment, Format format, boolean editing, Map<String, Object> config,
                         String docsApiUrl, String docsUrl) {
        this(attachment, format, editing, config, docsApiUrl, docsUrl, null);
    }

    /** The config as JSON (serialized now when the session was made without it). */
    @Override
    public String configJson() {
        return configJson != null ? configJson : Json.write(config);
    }
}
