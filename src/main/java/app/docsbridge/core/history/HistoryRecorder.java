package app.docsbridge.core.history;

import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.StoredVersion;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps what a diff needs when the Document Server saves a version (status 2 or 6): the {@code history} change
 * list and the {@code changes.zip} behind {@code changesurl}, fetched like saved files (Docs origin only, timeouts).
 * Nothing here may fail a save: the version is already stored, and a version without data still lists and opens.
 */
public class HistoryRecorder {

    private static final Logger LOG = Logger.getLogger(HistoryRecorder.class.getName());

    /** A change archive larger than this is not kept (the version then shows no highlights). */
    static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;

    private final HistoryStore store;
    private final AttachmentStore attachments;
    private final DocsClient docs;
    private final ClusterLocks locks;

    public HistoryRecorder(HistoryStore store, AttachmentStore attachments, DocsClient docs, ClusterLocks locks) {
        this.store = store;
        this.attachments = attachments;
        this.docs = docs;
        this.locks = locks;
    }

    /** After {@code version} was stored from a status-2/6 callback whose verified payload is {@code payload}. */
    public void versionSaved(long attachmentId, int version, Map<String, Object> payload) {
        java.util.Optional<StoredAttachment> found = attachments.findVersion(attachmentId, version);
        if (found.isEmpty()) {
            return;
        }
        StoredAttachment saved = found.get();
        try {
            String archive = null;
            try {
                archive = fetchArchive(saved, payload.get("changesurl"));
            } catch (IOException | ForeignUrlException e) {
                // The change list alone still shows who changed what; only the highlights are missing.
                LOG.log(Level.WARNING, "the change archive of attachment " + attachmentId + " v" + saved.version()
                        + " could not be fetched", e);
            }
            Object history = payload.get("history");
            Object serverVersion = history instanceof Map<?, ?> h ? h.get("serverVersion") : null;
            @SuppressWarnings("unchecked")
            List<Object> changes = history instanceof Map<?, ?> h && h.get("changes") instanceof List<?> list
                    ? (List<Object>) list : null;
            if (archive == null && changes == null) {
                return;
            }
            HistoryIndex.Entry entry = new HistoryIndex.Entry(saved.version(), saved.size(),
                    saved.modified().toEpochMilli(), serverVersion, changes, archive);
            locks.withLock(lockName(attachmentId), () -> {
                update(attachmentId, entry);
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "version " + saved.version() + " of attachment " + attachmentId
                    + " was saved, but its change data could not be kept", e);
        }
    }

    /** The lock saves of the attachment run under: the index changes with them. */
    static String lockName(long attachmentId) {
        return app.docsbridge.core.callback.ResultWriter.lockName(attachmentId);
    }

    private String fetchArchive(StoredAttachment saved, Object changesUrl) throws IOException, ForeignUrlException {
        if (!(changesUrl instanceof String url) || url.isEmpty()) {
            return null;
        }
        String name = saved.version() + "-" + saved.size() + "-" + saved.modified().toEpochMilli() + ".zip";
        try (DocsDownload download = docs.fetch(url)) {
            if (download.length() > MAX_ARCHIVE_BYTES) {
                LOG.info("change archive of attachment " + saved.id() + " v" + saved.version() + " is too large");
                return null;
            }
            store.writeArchive(saved.id(), name, new Limited(download.body(), MAX_ARCHIVE_BYTES));
            return name;
        }
    }

    /** Adds the entry, drops entries (and archives) of versions that no longer exist as they were. */
    private void update(long attachmentId, HistoryIndex.Entry added) throws IOException {
        Map<Integer, HistoryIndex.Entry> entries = HistoryIndex.parse(store.readIndex(attachmentId));
        entries.put(added.version(), added);
        Map<Integer, StoredAttachment> versions = new java.util.HashMap<>();
        for (StoredVersion v : attachments.allVersions(attachmentId)) {
            versions.put(v.file().version(), v.file());
        }
        HistoryIndex.retainDescribing(entries, versions);
        HistoryIndex.save(store, attachmentId, entries);
    }

    /** Fails the copy instead of filling the disk when the Docs server sends more than announced or allowed. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("change archive larger than " + MAX_ARCHIVE_BYTES + " bytes");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new IOException("change archive larger than " + MAX_ARCHIVE_BYTES + " bytes");
                }
            }
            return n;
        }
    }
}
