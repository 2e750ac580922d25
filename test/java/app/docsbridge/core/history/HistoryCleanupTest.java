package app.docsbridge.core.history;

import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.RemovalEvents;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.LocalClusterLocks;
import app.docsbridge.testing.MemoryAttachmentStore;
import app.docsbridge.testing.MemoryHistoryStore;
import app.docsbridge.testing.MutableTimeSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History data goes with the attachment or version it describes (decisions/0014-history-storage.md). */
class HistoryCleanupTest {

    /** The port as a test double: remembers its subscribers, and can refuse like a Confluence without the events. */
    private static final class Events implements RemovalEvents {
        final List<Listener> listeners = new ArrayList<>();
        boolean available = true;

        @Override
        public boolean subscribe(Listener listener) {
            if (available) {
                listeners.add(listener);
            }
            return available;
        }

        @Override
        public void unsubscribe(Listener listener) {
            listeners.remove(listener);
        }
    }

    private final MutableTimeSource time = new MutableTimeSource();
    private final MemoryAttachmentStore attachments = new MemoryAttachmentStore(time);
    private final MemoryHistoryStore store = new MemoryHistoryStore();
    private final Events events = new Events();
    private HistoryCleanup cleanup;
    private StoredAttachment docx;
    private StoredAttachment other;

    @BeforeEach
    void setUp() throws IOException {
        cleanup = new HistoryCleanup(events, store, attachments, new LocalClusterLocks());
        docx = attachments.add(7, "report.docx", bytes("v1"), "key-admin");
        for (String content : List.of("v2 longer", "v3 longer still")) {
            time.advance(Duration.ofMinutes(5));
            attachments.storeVersion(docx.id(), "key-alice", new ByteArrayInputStream(bytes(content)),
                    content.length(), "");
        }
        other = attachments.add(7, "other.xlsx", bytes("other"), "key-admin");
        keepDataForAllVersions(docx.id());
        keepDataForAllVersions(other.id());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What the recorder keeps after saves from ONLYOFFICE: an entry and an archive per version. */
    private void keepDataForAllVersions(long attachmentId) throws IOException {
        Map<Integer, HistoryIndex.Entry> entries = new TreeMap<>();
        for (StoredAttachment v : attachments.versions(attachmentId)) {
            String archive = v.version() + "-" + v.size() + "-" + v.modified().toEpochMilli() + ".zip";
            store.writeArchive(attachmentId, archive, new ByteArrayInputStream(bytes("PK changes")));
            entries.put(v.version(), new HistoryIndex.Entry(v.version(), v.size(), v.modified().toEpochMilli(), "9.3.1",
                    List.of(Map.of("created", "2026-03-29 10:00:00")), archive));
        }
        store.writeIndex(attachmentId, HistoryIndex.write(entries));
    }

    private Set<Integer> entryVersions(long attachmentId) {
        return HistoryIndex.parse(store.readIndex(attachmentId)).keySet();
    }

    private long archivesOf(long attachmentId) {
        return store.archiveNames().stream().filter(n -> n.startsWith(attachmentId + "/")).count();
    }

    @Test
    void subscribesWhenCreated_andUnsubscribesWhenClosed() {
        assertTrue(cleanup.subscribed());
        assertEquals(List.of(cleanup), events.listeners);
        cleanup.close();
        assertEquals(List.of(), events.listeners);
    }

    @Test
    void attachmentRemoved_deletesItsIndexAndArchives_andNothingElse() {
        events.listeners.forEach(l -> l.attachmentRemoved(docx.id()));

        assertEquals(Optional.empty(), store.readIndex(docx.id()));
        assertEquals(0, archivesOf(docx.id()));
        assertEquals(Set.of(1), entryVersions(other.id()));
        assertEquals(1, archivesOf(other.id()));
    }

    @Test
    void versionRemoved_deletesThatVersionsEntryAndArchive_only() {
        StoredAttachment v2 = attachments.findVersion(docx.id(), 2).orElseThrow();
        // Confluence tells before it deletes: the version is still there.
        events.listeners.forEach(l -> l.versionRemoved(v2));

        assertEquals(Set.of(1, 3), entryVersions(docx.id()));
        assertEquals(2, archivesOf(docx.id()));
        assertFalse(store.archiveNames().contains(docx.id() + "/2-" + v2.size() + "-" + v2.modified().toEpochMilli()
                + ".zip"));
        assertEquals(Set.of(1), entryVersions(other.id()));
    }

    @Test
    void versionRemoved_ofTheLatest_keepsTheOthers() {
        StoredAttachment v3 = attachments.findVersion(docx.id(), 3).orElseThrow();
        events.listeners.forEach(l -> l.versionRemoved(v3));

        assertEquals(Set.of(1, 2), entryVersions(docx.id()));
        assertEquals(2, archivesOf(docx.id()));
    }

    @Test
    void versionRemoved_ofTheOnlyVersion_deletesEverything() {
        // Confluence then deletes the whole attachment without a further event.
        events.listeners.forEach(l -> l.versionRemoved(other));

        assertEquals(Optional.empty(), store.readIndex(other.id()));
        assertEquals(0, archivesOf(other.id()));
        assertEquals(Set.of(1, 2, 3), entryVersions(docx.id()));
    }

    @Test
    void versionRemoved_withoutHistoryData_writesNothing() throws IOException {
        StoredAttachment plain = attachments.add(7, "notes.txt", bytes("a"), "key-admin");
        time.advance(Duration.ofMinutes(1));
        attachments.storeVersion(plain.id(), "key-admin", new ByteArrayInputStream(bytes("b")), 1, "");

        events.listeners.forEach(l -> l.versionRemoved(plain));

        assertEquals(Optional.empty(), store.readIndex(plain.id()));
    }

    @Test
    void aFailingStore_neverThrowsIntoConfluencesDeletion() {
        HistoryCleanup failing = new HistoryCleanup(new Events(), new FailingStore(), attachments,
                new LocalClusterLocks());
        assertDoesNotThrow(() -> failing.attachmentRemoved(docx.id()));
        assertDoesNotThrow(() -> failing.versionRemoved(attachments.findVersion(docx.id(), 2).orElseThrow()));
    }

    @Test
    void aSaveHoldingTheLock_delaysTheCleanupNoLongerThanItsWait() throws Exception {
        LocalClusterLocks locks = new LocalClusterLocks();
        HistoryCleanup waiting = new HistoryCleanup(new Events(), store, attachments, locks);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread save = new Thread(() -> {
            try {
                locks.withLock(HistoryRecorder.lockName(docx.id()), () -> {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        save.start();
        held.await();
        long start = System.nanoTime();
        assertDoesNotThrow(() -> waiting.attachmentRemoved(docx.id()));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        release.countDown();
        save.join();
        assertTrue(waitedMs >= HistoryCleanup.LOCK_WAIT.toMillis() - 50, "waited " + waitedMs + " ms");
        // Given up rather than holding Confluence's deletion: the next save prunes what is stale.
        assertEquals(Set.of(1, 2, 3), entryVersions(docx.id()));
    }

    @Test
    void withoutTheEvents_theAppStillStarts_andTheStaleEntryRuleRemains() {
        events.available = false;
        HistoryCleanup unsubscribed = new HistoryCleanup(events, store, attachments, new LocalClusterLocks());
        assertFalse(unsubscribed.subscribed());
        unsubscribed.close();
        assertEquals(List.of(cleanup), events.listeners);
    }

    /** Every operation fails, as a full or unreachable shared home would. */
    private static final class FailingStore implements HistoryStore {
        @Override
        public Optional<String> readIndex(long attachmentId) {
            throw new IllegalStateException("database down");
        }

        @Override
        public void writeIndex(long attachmentId, String json) {
            throw new IllegalStateException("database down");
        }

        @Override
        public void writeArchive(long attachmentId, String name, InputStream data) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public InputStream openArchive(long attachmentId, String name) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void retainArchives(long attachmentId, Set<String> keep) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void removeAll(long attachmentId) throws IOException {
            throw new IOException("disk full");
        }
    }
}
