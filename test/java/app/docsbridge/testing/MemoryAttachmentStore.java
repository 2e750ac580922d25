package app.docsbridge.testing;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory {@link AttachmentStore}: every version keeps its bytes; {@code storeVersion} checks the announced size
 * like the Confluence adapter does. Failures and slow stores can be switched on to test the callers.
 */
public final class MemoryAttachmentStore implements AttachmentStore {

    private record Version(StoredAttachment meta, byte[] bytes) {
    }

    /** Confluence's limit for version comments and string content properties. */
    public static final int MAX_SHORT_TEXT = 255;

    private final Map<Long, List<Version>> versions = new HashMap<>();
    private final Map<Long, Map<String, String>> properties = new HashMap<>();
    private final TimeSource time;
    private final AtomicInteger storeCalls = new AtomicInteger();
    private long nextId = 1001;
    private volatile Exception storeFailure;
    private volatile Duration storeDelay = Duration.ZERO;

    private final Map<String, String> comments = new java.util.concurrent.ConcurrentHashMap<>();

    /** The comment a version was stored with (null for versions added by the test itself). */
    public String comment(long attachmentId, int version) {
        return comments.get(attachmentId + "v" + version);
    }

    public MemoryAttachmentStore(TimeSource time) {
        this.time = time;
    }

    /** Adds an attachment with a fresh id; version 1 is created by {@code creatorKey}. */
    public synchronized StoredAttachment add(long pageId, String fileName, byte[] bytes, String creatorKey) {
        return add(nextId++, pageId, fileName, bytes, creatorKey);
    }

    public synchronized StoredAttachment add(long id, long pageId, String fileName, byte[] bytes, String creatorKey) {
        return put(id, new StoredAttachment(id, pageId, fileName, 1, bytes.length, mediaType(fileName), time.now(),
                creatorKey), bytes);
    }

    /** Adds an attachment whose recorded size is {@code declaredSize} without holding that many bytes (size limits). */
    public synchronized StoredAttachment addWithSize(long pageId, String fileName, long declaredSize) {
        long id = nextId++;
        return put(id, new StoredAttachment(id, pageId, fileName, 1, declaredSize, mediaType(fileName), time.now(),
                "creator"), new byte[0]);
    }

    @Override
    public synchronized StoredAttachment rename(long attachmentId, String newFileName, String userKey)
            throws IOException {
        List<Version> list = versions.get(attachmentId);
        if (list == null) {
            throw new java.io.FileNotFoundException("attachment " + attachmentId);
        }
        list.replaceAll(v -> new Version(new StoredAttachment(v.meta().id(), v.meta().pageId(), newFileName,
                v.meta().version(), v.meta().size(), v.meta().mediaType(), v.meta().modified(),
                v.meta().lastModifierKey()), v.bytes()));
        return list.get(list.size() - 1).meta();
    }

    private StoredAttachment put(long id, StoredAttachment meta, byte[] bytes) {
        List<Version> list = new ArrayList<>();
        list.add(new Version(meta, bytes.clone()));
        versions.put(id, list);
        return meta;
    }

    public synchronized void delete(long attachmentId) {
        versions.remove(attachmentId);
    }

    /**
     * From now on {@code storeVersion} and {@code create} fail with this exception (null: work again): an IOException
     * or, as Confluence's attachment store reports its failures, a RuntimeException.
     */
    public void failStoresWith(Exception failure) {
        if (failure != null && !(failure instanceof IOException) && !(failure instanceof RuntimeException)) {
            throw new IllegalArgumentException("a store fails with an IOException or a RuntimeException");
        }
        this.storeFailure = failure;
    }

    /** Makes every store take a while, which widens race windows in concurrency tests. */
    public void slowStores(Duration delay) {
        this.storeDelay = delay;
    }

    /** How often {@code storeVersion} was called, failed calls included. */
    public int storeCalls() {
        return storeCalls.get();
    }

    public synchronized List<StoredAttachment> versions(long attachmentId) {
        return versions.getOrDefault(attachmentId, List.of()).stream().map(Version::meta).toList();
    }

    public synchronized int versionCount(long attachmentId) {
        return versions.getOrDefault(attachmentId, List.of()).size();
    }

    public synchronized byte[] bytes(long attachmentId, int version) {
        return versions.get(attachmentId).stream().filter(v -> v.meta().version() == version).findFirst()
                .orElseThrow().bytes().clone();
    }

    public synchronized byte[] latestBytes(long attachmentId) {
        List<Version> list = versions.get(attachmentId);
        return list.get(list.size() - 1).bytes().clone();
    }

    public synchronized Map<String, String> properties(long attachmentId) {
        return Map.copyOf(properties.getOrDefault(attachmentId, Map.of()));
    }

    @Override
    public synchronized Optional<StoredAttachment> find(long attachmentId) {
        List<Version> list = versions.get(attachmentId);
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1).meta());
    }

    @Override
    public synchronized List<app.docsbridge.core.port.StoredVersion> allVersions(long attachmentId) {
        return versions.getOrDefault(attachmentId, List.of()).stream()
                .map(v -> new app.docsbridge.core.port.StoredVersion(v.meta(),
                        comments.getOrDefault(attachmentId + "v" + v.meta().version(), "")))
                .toList();
    }

    @Override
    public synchronized Optional<StoredAttachment> findVersion(long attachmentId, int version) {
        return versions.getOrDefault(attachmentId, List.of()).stream().map(Version::meta)
                .filter(m -> m.version() == version).findFirst();
    }

    @Override
    public synchronized InputStream open(long attachmentId, int version) throws IOException {
        Optional<Version> found = versions.getOrDefault(attachmentId, List.of()).stream()
                .filter(v -> v.meta().version() == version).findFirst();
        if (found.isEmpty()) {
            throw new FileNotFoundException("attachment " + attachmentId + " v" + version);
        }
        return new ByteArrayInputStream(found.get().bytes());
    }

    @Override
    public StoredAttachment storeVersion(long attachmentId, String userKey, InputStream data, long size,
                                         String comment) throws IOException {
        storeCalls.incrementAndGet();
        if (comment != null && comment.length() > MAX_SHORT_TEXT) {
            // Confluence refuses version comments over 255 characters (../shared/reference/atlassian-api.md §10).
            throw new IllegalArgumentException("version comment longer than " + MAX_SHORT_TEXT + " characters");
        }
        byte[] bytes = readExactly(data, size);
        synchronized (this) {
            List<Version> list = versions.get(attachmentId);
            if (list == null) {
                throw new FileNotFoundException("attachment " + attachmentId);
            }
            StoredAttachment last = list.get(list.size() - 1).meta();
            StoredAttachment next = new StoredAttachment(attachmentId, last.pageId(), last.fileName(),
                    last.version() + 1, bytes.length, last.mediaType(), time.now(), userKey);
            list.add(new Version(next, bytes));
            comments.put(attachmentId + "v" + next.version(), comment);
            return next;
        }
    }

    @Override
    public StoredAttachment create(long pageId, String fileName, String mediaType, String userKey, InputStream data,
                                   long size) throws IOException {
        byte[] bytes = readExactly(data, size);
        synchronized (this) {
            long id = nextId++;
            return put(id, new StoredAttachment(id, pageId, fileName, 1, bytes.length, mediaType, time.now(), userKey),
                    bytes);
        }
    }

    private byte[] readExactly(InputStream data, long size) throws IOException {
        pause();
        Exception failure = storeFailure;
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        byte[] bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, size + 1));
        if (bytes.length != size) {
            throw new IOException("expected " + size + " bytes but got " + (bytes.length > size ? "more" : bytes.length));
        }
        return bytes;
    }

    private void pause() throws IOException {
        Duration delay = storeDelay;
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    @Override
    public synchronized List<StoredAttachment> listOnPage(long pageId) {
        return versions.values().stream().map(list -> list.get(list.size() - 1).meta())
                .filter(m -> m.pageId() == pageId).toList();
    }

    @Override
    public synchronized Optional<String> property(long attachmentId, String name) {
        return Optional.ofNullable(properties.getOrDefault(attachmentId, Map.of()).get(name));
    }

    @Override
    public synchronized void setProperty(long attachmentId, String name, String value) {
        if (value != null && value.length() > MAX_SHORT_TEXT) {
            // Confluence refuses string content properties over 255 characters: refuse, change nothing.
            throw new IllegalArgumentException("content property " + name + " longer than " + MAX_SHORT_TEXT
                    + " characters");
        }
        properties.computeIfAbsent(attachmentId, id -> new HashMap<>()).put(name, value);
    }

    private static String mediaType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    /** A convenient timestamp for tests that do not care. */
    public static Instant epoch() {
        return Instant.parse("2026-03-29T10:00:00Z");
    }
}
