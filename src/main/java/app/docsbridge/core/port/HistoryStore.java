package app.docsbridge.core.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Where the version history's diff data lives (decisions/0014-history-storage.md): one small index per attachment
 * (read once for all its versions) and the Document Server's change archives, both shared by all cluster nodes,
 * never shown as attachments, and gone with the attachment.
 */
public interface HistoryStore {

    /** The attachment's history index (JSON written by {@link #writeIndex}), if any. */
    Optional<String> readIndex(long attachmentId);

    void writeIndex(long attachmentId, String json);

    /** Streams {@code data} into the archive called {@code name} (a plain file name), replacing an older one. */
    void writeArchive(long attachmentId, String name, InputStream data) throws IOException;

    /** The archive's bytes; {@link java.io.FileNotFoundException} when it is not (or no longer) there. */
    InputStream openArchive(long attachmentId, String name) throws IOException;

    /** Deletes the attachment's archives whose names are not in {@code keep}. */
    void retainArchives(long attachmentId, Set<String> keep) throws IOException;

    /** Deletes everything kept for the attachment (it is being deleted). */
    void removeAll(long attachmentId) throws IOException;
}
