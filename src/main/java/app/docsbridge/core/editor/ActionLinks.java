package app.docsbridge.core.editor;

import app.docsbridge.core.json.Json;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Links into a document (docs-api §2.3 {@code editorConfig.actionLink}): the editor hands the host the position of a
 * bookmark or comment through {@code onMakeActionLink}, the host makes an editor URL of it ({@code &actionLink=<JSON>}),
 * and opening that URL puts the object back into the signed config, so the editor opens there. The object is the
 * editor's own and is passed on as it is; only its size and shape are checked.
 */
public final class ActionLinks {

    /** An action link is a type and a short datum; anything much larger is not one the editor made. */
    public static final int MAX_CHARS = 2048;

    private ActionLinks() {
    }

    /** The link's object, or empty for a missing, oversized or malformed value (the editor then opens at the start). */
    public static Optional<Map<String, Object>> parse(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_CHARS) {
            return Optional.empty();
        }
        try {
            Map<String, Object> link = Json.readObject(value);
            return link.get("action") instanceof Map<?, ?> ? Optional.of(link) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
