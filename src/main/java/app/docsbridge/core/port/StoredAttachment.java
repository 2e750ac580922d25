package app.docsbridge.core.port;

import java.time.Instant;
import java.util.Locale;

/** One version of an attachment as the app sees it; {@code id} identifies the attachment across versions. */
public record StoredAttachment(
        long id, long pageId, String fileName, int version, long size, String mediaType,
        Instant modified, String lastModifierKey) {

    /** Lower-case extension without the dot; empty when the name has none. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
