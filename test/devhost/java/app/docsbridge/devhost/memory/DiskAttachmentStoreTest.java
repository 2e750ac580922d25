package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.StoredAttachment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiskAttachmentStoreTest {

    private static final String ALICE = "8a7f0001000000000000000000000002";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path root;
    private DiskAttachmentStore store;

    @BeforeEach
    void setUp() throws IOException {
        store = new DiskAttachmentStore(root, CLOCK, id -> id == 1001 || id == 1002);
    }

    @Test
    void createsAttachmentsWithIdsFrom2001AndKeepsEveryVersion() throws IOException {
        StoredAttachment first = create("a.docx", "one");
        StoredAttachment second = create("b.txt", "two");
        StoredAttachment v2 = store.storeVersion(first.id(), ALICE, bytes("one, edited"), 11, "edited");

        assertEquals(2001, first.id());
        assertEquals(2002, second.id());
        assertEquals(2, v2.version());
        assertEquals(11, v2.size());
        assertEquals(ALICE, v2.lastModifierKey());
        assertEquals(CLOCK.instant(), v2.modified());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", v2.mediaType());
        assertEquals("one", read(first.id(), 1));
        assertEquals("one, edited", read(first.id(), 2));
        assertEquals(2, store.find(first.id()).orElseThrow().version());
        assertEquals(List.of(1, 2), store.history(first.id()).stream().map(v -> v.attachment().version()).toList());
        assertEquals(sha256("one, edited"), store.history(first.id()).get(1).sha256());
        assertEquals("edited", store.history(first.id()).get(1).comment());
        assertEquals(List.of("a.docx", "b.txt"), store.listOnPage(1001).stream().map(StoredAttachment::fileName).toList());
    }

    @Test
    void streamsLargeUploadsAndHashesThemOnTheWay() throws Exception {
        long size = 48L * 1024 * 1024; // far more than any buffer the store may use
        StoredAttachment created = store.create(1001, "big.bin", null, ALICE, new PatternStream(size), size);

        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new PatternStream(size)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                expected.update(buffer, 0, n);
            }
        }
        assertEquals(size, created.size());
        assertEquals(HexFormat.of().formatHex(expected.digest()), store.history(created.id()).get(0).sha256());
        assertEquals(size, Files.size(root.resolve(created.id() + "/v1.bin")));
    }

    @Test
    void failsWithoutChangingAnythingWhenFewerBytesArriveThanAnnounced() throws IOException {
        StoredAttachment a = create("a.docx", "one");

        RuntimeException error = assertThrows(DiskAttachmentStore.AttachmentDataStreamSizeMismatch.class,
                () -> store.storeVersion(a.id(), ALICE, bytes("short"), 100, null));

        assertTrue(error.getMessage().contains("expected 100 bytes"), error.getMessage());
        assertUnchanged(a);
    }

    @Test
    void failsWithoutChangingAnythingWhenMoreBytesArriveThanAnnounced() throws IOException {
        StoredAttachment a = create("a.docx", "one");

        assertThrows(DiskAttachmentStore.AttachmentDataStreamSizeMismatch.class,
                () -> store.storeVersion(a.id(), ALICE, bytes("far too long"), 3, null));
        assertThrows(DiskAttachmentStore.AttachmentDataStreamSizeMismatch.class,
                () -> store.create(1001, "c.txt", null, ALICE, bytes("far too long"), 3));

        assertUnchanged(a);
        assertEquals(1, store.listOnPage(1001).size());
    }

    @Test
    void acceptsAnyLengthWhenTheSizeIsUnknown() throws IOException {
        StoredAttachment a = create("a.docx", "one");

        StoredAttachment v2 = store.storeVersion(a.id(), ALICE, bytes("whatever length"), -1, null);

        assertEquals(15, v2.size());
        assertEquals("whatever length", read(a.id(), 2));
    }

    @Test
    void injectedFaultsFailTheNextSavesAndChangeNothing() throws IOException {
        StoredAttachment a = create("a.docx", "one");
        store.setFailNextSaves(2);

        RuntimeException first = assertThrows(RuntimeException.class,
                () -> store.storeVersion(a.id(), ALICE, bytes("x"), 1, null));
        RuntimeException second = assertThrows(RuntimeException.class,
                () -> store.create(1001, "n.txt", null, ALICE, bytes("x"), 1));

        // As Confluence's file-system store: the IOException arrives wrapped in a RuntimeException.
        assertEquals("simulated I/O error", first.getCause().getMessage());
        assertEquals("simulated I/O error", second.getCause().getMessage());
        assertEquals(0, store.failNextSaves());
        assertUnchanged(a);
        assertEquals(1, store.listOnPage(1001).size());
        assertEquals(2, store.storeVersion(a.id(), ALICE, bytes("x"), 1, null).version());
    }

    @Test
    void refusesUnknownPagesUnknownAttachmentsAndDuplicateNames() throws IOException {
        create("a.docx", "one");

        assertThrows(IOException.class, () -> store.create(9999, "x.txt", null, ALICE, bytes("x"), 1));
        assertThrows(IOException.class, () -> store.create(1001, "a.docx", null, ALICE, bytes("x"), 1));
        assertThrows(IOException.class, () -> store.storeVersion(4242, ALICE, bytes("x"), 1, null));
        assertThrows(IOException.class, () -> store.open(2001, 7));
        assertEquals(1, store.listOnPage(1001).size());
    }

    @Test
    void refusesCommentsAndPropertiesOver255CharactersWithoutChangingAnything() throws IOException {
        StoredAttachment a = create("a.docx", "one");
        store.setProperty(a.id(), "docsbridge.key", "k1");

        assertThrows(IllegalArgumentException.class,
                () -> store.storeVersion(a.id(), ALICE, bytes("two"), 3, "c".repeat(256)));
        assertThrows(IllegalArgumentException.class, () -> store.setProperty(a.id(), "docsbridge.key", "v".repeat(256)));

        assertUnchanged(a);
        assertEquals("k1", store.property(a.id(), "docsbridge.key").orElseThrow());
        assertEquals(2, store.storeVersion(a.id(), ALICE, bytes("two"), 3, "c".repeat(255)).version());
        store.setProperty(a.id(), "docsbridge.key", "v".repeat(255));
        assertEquals(255, store.property(a.id(), "docsbridge.key").orElseThrow().length());
    }

    @Test
    void keepsPropertiesAndReloadsEverythingFromDisk() throws IOException {
        StoredAttachment a = create("a.docx", "one");
        store.storeVersion(a.id(), ALICE, bytes("two"), 3, null);
        store.setProperty(a.id(), "docsbridge.key", "k1");
        store.setProperty(a.id(), "gone", "x");
        store.setProperty(a.id(), "gone", null);

        DiskAttachmentStore reloaded = new DiskAttachmentStore(root, CLOCK, id -> id == 1001);

        assertEquals(2, reloaded.find(a.id()).orElseThrow().version());
        assertEquals("two", new String(reloaded.open(a.id(), 2).readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("k1", reloaded.property(a.id(), "docsbridge.key").orElseThrow());
        assertTrue(reloaded.property(a.id(), "gone").isEmpty());
        assertEquals(2002, reloaded.create(1001, "next.txt", null, ALICE, bytes("n"), 1).id());
    }

    @Test
    void concurrentSavesEachGetTheirOwnVersion() throws Exception {
        StoredAttachment a = create("a.docx", "v1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<StoredAttachment>> saves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String content = "content " + i;
            saves.add(pool.submit(() -> store.storeVersion(a.id(), ALICE, bytes(content), content.length(), null)));
        }
        List<Integer> versions = new ArrayList<>();
        for (Future<StoredAttachment> save : saves) {
            versions.add(save.get().version());
        }
        pool.shutdown();

        assertEquals(40, versions.stream().distinct().count());
        assertEquals(41, store.find(a.id()).orElseThrow().version());
        for (var v : store.history(a.id()).subList(1, 41)) {
            String content = read(a.id(), v.attachment().version());
            assertEquals(sha256(content), v.sha256(), "bytes and metadata of one save belong together");
        }
    }

    @Test
    void clearForgetsEverythingAndStartsIdsOver() throws IOException {
        create("a.docx", "one");
        store.setFailNextSaves(3);

        store.clear();

        assertTrue(store.latestVersions().isEmpty());
        assertEquals(0, store.failNextSaves());
        assertEquals(2001, create("b.docx", "two").id());
    }

    private void assertUnchanged(StoredAttachment before) throws IOException {
        assertEquals(before, store.find(before.id()).orElseThrow());
        assertEquals(1, store.history(before.id()).size());
        try (Stream<Path> temp = Files.exists(root.resolve("tmp")) ? Files.list(root.resolve("tmp")) : Stream.empty()) {
            assertEquals(0, temp.count(), "no temp file is left behind");
        }
        assertArrayEquals(new String[] {"attachment.json", "v1.bin"},
                Files.list(root.resolve(Long.toString(before.id()))).map(p -> p.getFileName().toString()).sorted()
                        .toArray(String[]::new));
    }

    private StoredAttachment create(String name, String content) throws IOException {
        return store.create(1001, name, null, ALICE, bytes(content), content.getBytes(StandardCharsets.UTF_8).length);
    }

    private String read(long id, int version) throws IOException {
        try (InputStream in = store.open(id, version)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A long, deterministic stream generated on the fly (never held in memory). */
    private static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) ((position++ * 31 + 7) & 0xff) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((position++ * 31 + 7) & 0xff);
            }
            return n;
        }
    }
}
