package app.docsbridge.devhost.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the store keeps per attachment, written to its folder as JSON so that DEVHOST_KEEP_DATA=1 can reload it. */
final class AttachmentRecord {

    /** One version's metadata; the bytes live next to it as {@code v<version>.bin}. */
    record Version(int version, long size, String sha256, String mediaType, long modifiedMillis,
                   String lastModifierKey, String comment) {
    }

    public long id;
    public long pageId;
    public String fileName;
    public List<Version> versions = new ArrayList<>();
    public Map<String, String> properties = new LinkedHashMap<>();

    AttachmentRecord() {
        // for Jackson
    }

    AttachmentRecord(long id, long pageId, String fileName) {
        this.id = id;
        this.pageId = pageId;
        this.fileName = fileName;
    }

    Version latest() {
        return versions.get(versions.size() - 1);
    }
}
