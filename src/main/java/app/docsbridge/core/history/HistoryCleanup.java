package app.docsbridge.core.history;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.RemovalEvents;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.StoredVersion;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes history data with what it describes (decisions/0014-history-storage.md): all of it when the attachment is
 * deleted, a version's entry and archive when that version is. Subscribes when the plugin starts and unsubscribes
 * when it stops ({@link #close}: Spring calls it on {@code AutoCloseable} components). A clean-up that fails or
 * cannot run costs disk space only: an entry that no longer matches its version is ignored and pruned by the next
 * save.
 */
public class HistoryCleanup implements RemovalEvents.Listener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HistoryCleanup.class.getName());

    /** The deleting request waits at most this long for a save of the same attachment to finish. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final RemovalEvents events;
    private final HistoryStore store;
    private final AttachmentStore attachments;
    private final ClusterLocks locks;
    private final boolean subscribed;

    public HistoryCleanup(RemovalEvents events, HistoryStore store, AttachmentStore attachments, ClusterLocks locks) {
        this.events = events;
        this.store = store;
        this.attachments = attachments;
        this.locks = locks;
        this.subscribed = events.subscribe(this);
        if (!subscribed) {
            LOG.warning("Confluence's attachment removal events are not available: the history data of deleted"
                    + " attachments stays in the shared home (it is never shown)");
        }
    }

    /** Whether removals reach this clean-up. */
    public boolean subscribed() {
        return subscribed;
    }

    @Override
    public void attachmentRemoved(long attachmentId) {
        underLock(attachmentId, () -> store.removeAll(attachmentId));
    }

    /**
     * Confluence tells before it deletes: the version is still listed. When it is the only one, Confluence deletes
     * the whole attachment next (and says nothing more), so everything goes.
     */
    @Override
    public void versionRemoved(StoredAttachment removed) {
        long attachmentId = removed.id();
        underLock(attachmentId, () -> {
            Map<Integer, StoredAttachment> remaining = new HashMap<>();
            for (StoredVersion v : attachments.allVersions(attachmentId)) {
                if (v.file().version() != removed.version()) {
                    remaining.put(v.file().version(), v.file());
                }
            }
            if (remaining.isEmpty()) {
                store.removeAll(attachmentId);
                return;
            }
            Map<Integer, HistoryIndex.Entry> entries = HistoryIndex.parse(store.readIndex(attachmentId));
            if (HistoryIndex.retainDescribing(entries, remaining)) { // most files have none: nothing to write
                HistoryIndex.save(store, attachmentId, entries);
            }
        });
    }

    @Override
    public void close() {
        if (subscribed) {
            events.unsubscribe(this);
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    /** Under the lock saves write the index under; never throws into Confluence's deletion. */
    private void underLock(long attachmentId, Work work) {
        try {
            locks.withLock(HistoryRecorder.lockName(attachmentId), LOCK_WAIT, () -> {
                work.run();
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the history data of attachment " + attachmentId + " could not be cleaned up;"
                    + " it is ignored until the next save prunes it", e);
        }
    }
}
