package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.StoredVersion;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Confluence's attachments, with every version's bytes on disk under {@code <root>/<id>/v<n>.bin}. Uploads stream
 * through a temp file and are checked (size) before anything becomes visible; metadata changes happen under one
 * lock. Ids start at 2001 like a fresh Confluence's content ids might.
 *
 * <p>It fails where Confluence fails (ngannk-fptu/Decompiled-Files, Confluence 8.7.2, commit e0c88ec5): storing the
 * data reports an I/O failure as a {@code RuntimeException} wrapping the IOException, and a stream shorter or longer
 * than the announced size as {@link AttachmentDataStreamSizeMismatch} (a RuntimeException), as
 * {@code pages/persistence/dao/filesystem/FileSystemAttachmentDataUtil.java:35-38,77-80} does behind
 * {@code AttachmentManager.saveAttachment}; version comments and content property values over 255 characters are
 * refused ({@code AbstractHibernateAttachmentDao.java:317,325}), before anything changes.
 */
public final class DiskAttachmentStore implements AttachmentStore {

    static final long FIRST_ID = 2001;
    /** Confluence's column size for version comments and string content properties. */
    public static final int MAX_SHORT_TEXT = 255;
    private static final String META = "attachment.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path temp;
    private final Clock clock;
    private final LongPredicate pageExists;
    private final AtomicInteger failNextSaves = new AtomicInteger();
    private final Object lock = new Object();
    private final TreeMap<Long, AttachmentRecord> records = new TreeMap<>();
    private long nextId = FIRST_ID;

    /** Reads back whatever a previous run left in {@code root}. */
    public DiskAttachmentStore(Path root, Clock clock, LongPredicate pageExists) throws IOException {
        this.root = root;
        this.temp = root.resolve("tmp");
        this.clock = clock;
        this.pageExists = pageExists;
        Files.createDirectories(root);
        load();
    }

    /** Where uploads are spooled (the benchmark's save floor spools to the same disk). */
    public Path tempFolder() {
        return temp;
    }

    // ---- the port ----

    @Override
    public Optional<StoredAttachment> find(long attachmentId) {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            return r == null ? Optional.empty() : Optional.of(view(r, r.latest()));
        }
    }

    @Override
    public List<StoredVersion> allVersions(long attachmentId) {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            return r == null ? List.of() : r.versions.stream()
                    .map(v -> new StoredVersion(view(r, v), v.comment() == null ? "" : v.comment())).toList();
        }
    }

    @Override
    public Optional<StoredAttachment> findVersion(long attachmentId, int version) {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            if (r == null) {
                return Optional.empty();
            }
            // By number: a deleted version leaves a gap, as in Confluence.
            return r.versions.stream().filter(v -> v.version() == version).findFirst().map(v -> view(r, v));
        }
    }

    @Override
    public InputStream open(long attachmentId, int version) throws IOException {
        if (findVersion(attachmentId, version).isEmpty()) {
            throw new FileNotFoundException("no version " + version + " of attachment " + attachmentId);
        }
        return Files.newInputStream(bytes(attachmentId, version));
    }

    @Override
    public StoredAttachment storeVersion(long attachmentId, String userKey, InputStream data, long size, String comment)
            throws IOException {
        if (comment != null && comment.length() > MAX_SHORT_TEXT) {
            throw new IllegalArgumentException("version comment longer than " + MAX_SHORT_TEXT + " characters");
        }
        failIfInjected();
        if (find(attachmentId).isEmpty()) {
            throw new FileNotFoundException("no attachment " + attachmentId);
        }
        StreamedUpload upload = storeData(data, size);
        try {
            synchronized (lock) {
                AttachmentRecord r = records.get(attachmentId);
                AttachmentRecord.Version previous = r.latest();
                // After the latest version was deleted its number is taken again, as in Confluence.
                AttachmentRecord.Version added = version(previous.version() + 1, upload, previous.mediaType(), userKey,
                        comment);
                commit(r, added, upload);
                return view(r, added);
            }
        } finally {
            upload.discard();
        }
    }

    @Override
    public StoredAttachment create(long pageId, String fileName, String mediaType, String userKey, InputStream data,
                                   long size) throws IOException {
        failIfInjected();
        if (!pageExists.test(pageId)) {
            throw new FileNotFoundException("no page " + pageId);
        }
        if (fileName == null || fileName.isBlank()) {
            throw new IOException("an attachment needs a file name");
        }
        checkNameFree(pageId, fileName);
        StreamedUpload upload = storeData(data, size);
        try {
            synchronized (lock) {
                checkNameFree(pageId, fileName); // another upload may have taken it meanwhile
                AttachmentRecord r = new AttachmentRecord(nextId, pageId, fileName);
                AttachmentRecord.Version first = version(1, upload, mediaType == null ? MediaTypes.of(fileName) : mediaType,
                        userKey, null);
                commit(r, first, upload);
                nextId++;
                records.put(r.id, r);
                return view(r, first);
            }
        } finally {
            upload.discard();
        }
    }

    /** As Confluence's moveAttachment to the same page: every version takes the new name (a clash was checked before). */
    @Override
    public StoredAttachment rename(long attachmentId, String newFileName, String userKey) throws IOException {
        failIfInjected();
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            if (r == null) {
                throw new FileNotFoundException("no attachment " + attachmentId);
            }
            if (!r.fileName.equals(newFileName)) {
                checkNameFree(r.pageId, newFileName);
            }
            String before = r.fileName;
            r.fileName = newFileName;
            try {
                writeMeta(r);
            } catch (IOException e) {
                r.fileName = before;
                throw e;
            }
            return view(r, r.latest());
        }
    }

    @Override
    public List<StoredAttachment> listOnPage(long pageId) {
        synchronized (lock) {
            return records.values().stream().filter(r -> r.pageId == pageId).map(r -> view(r, r.latest())).toList();
        }
    }

    @Override
    public Optional<String> property(long attachmentId, String name) {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            return r == null ? Optional.empty() : Optional.ofNullable(r.properties.get(name));
        }
    }

    @Override
    public void setProperty(long attachmentId, String name, String value) {
        if (value != null && value.length() > MAX_SHORT_TEXT) {
            throw new IllegalArgumentException("content property " + name + " longer than " + MAX_SHORT_TEXT
                    + " characters");
        }
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            if (r == null) {
                throw new IllegalArgumentException("no attachment " + attachmentId);
            }
            if (value == null) {
                r.properties.remove(name);
            } else {
                r.properties.put(name, value);
            }
            try {
                writeMeta(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- dev host extras: inspection, faults, reset ----

    /** Latest versions of all attachments, by id. */
    public List<AttachmentVersion> latestVersions() {
        synchronized (lock) {
            return records.values().stream().map(r -> extended(r, r.latest())).toList();
        }
    }

    /** All versions of one attachment, oldest first; empty when it does not exist. */
    public List<AttachmentVersion> history(long attachmentId) {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            return r == null ? List.of() : r.versions.stream().map(v -> extended(r, v)).toList();
        }
    }

    public Optional<StoredAttachment> findByName(long pageId, String fileName) {
        synchronized (lock) {
            return records.values().stream().filter(r -> r.pageId == pageId && r.fileName.equals(fileName))
                    .findFirst().map(r -> view(r, r.latest()));
        }
    }

    /**
     * Deletes the attachment with all its versions and properties; false when there is none. Confluence's
     * {@code AttachmentManager.removeAttachmentFromServer} (the caller publishes the event first, as it does).
     */
    public boolean removeAttachment(long attachmentId) throws IOException {
        synchronized (lock) {
            AttachmentRecord r = records.remove(attachmentId);
            if (r == null) {
                return false;
            }
            deleteFolder(root.resolve(Long.toString(attachmentId)));
            return true;
        }
    }

    /**
     * Deletes one version; false when there is no such version. As Confluence's DAO does
     * ({@code AbstractHibernateAttachmentDao.removeAttachmentVersionFromServer}, 8.7.2): deleting the only version
     * deletes the attachment; deleting the latest makes the one before it the latest (keeping the attachment's id
     * and properties), and the next version takes the deleted number again.
     */
    public boolean removeVersion(long attachmentId, int version) throws IOException {
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            if (r == null || r.versions.stream().noneMatch(v -> v.version() == version)) {
                return false;
            }
            if (r.versions.size() == 1) {
                return removeAttachment(attachmentId);
            }
            r.versions.removeIf(v -> v.version() == version);
            writeMeta(r);
            Files.deleteIfExists(bytes(attachmentId, version));
            return true;
        }
    }

    /**
     * Moves the attachment to another page: same id, versions and properties, as Confluence's
     * {@code AttachmentManager.moveAttachment} changes the container of every version. False when either is
     * unknown; IOException when the page has a file of that name.
     */
    public boolean moveAttachment(long attachmentId, long pageId) throws IOException {
        if (!pageExists.test(pageId)) {
            return false;
        }
        synchronized (lock) {
            AttachmentRecord r = records.get(attachmentId);
            if (r == null) {
                return false;
            }
            if (r.pageId != pageId) {
                checkNameFree(pageId, r.fileName);
            }
            r.pageId = pageId;
            writeMeta(r);
            return true;
        }
    }

    /** The next {@code count} saves fail as Confluence's store fails (a RuntimeException) and change nothing. */
    public void setFailNextSaves(int count) {
        failNextSaves.set(Math.max(0, count));
    }

    public int failNextSaves() {
        return failNextSaves.get();
    }

    /** Forgets every attachment and its files; ids start over. */
    public void clear() throws IOException {
        synchronized (lock) {
            records.clear();
            nextId = FIRST_ID;
            failNextSaves.set(0);
            try (Stream<Path> all = Files.walk(root)) {
                List<Path> paths = new ArrayList<>(all.filter(p -> !p.equals(root)).toList());
                paths.sort((a, b) -> b.getNameCount() - a.getNameCount()); // children before their folders
                for (Path p : paths) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ---- internals ----

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void failIfInjected() {
        if (failNextSaves.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new RuntimeException("simulated I/O error", new IOException("simulated I/O error"));
        }
    }

    /** Copies the data as Confluence's file-system store does: every failure arrives unchecked. */
    private StreamedUpload storeData(InputStream data, long size) {
        try {
            return StreamedUpload.copy(data, size, temp);
        } catch (StreamedUpload.SizeMismatch e) {
            throw new AttachmentDataStreamSizeMismatch(e.getMessage());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** Confluence's {@code AttachmentDataStreamSizeMismatchException}: more or fewer bytes than announced. */
    public static final class AttachmentDataStreamSizeMismatch extends RuntimeException {
        AttachmentDataStreamSizeMismatch(String message) {
            super(message);
        }
    }

    private void checkNameFree(long pageId, String fileName) throws IOException {
        if (findByName(pageId, fileName).isPresent()) {
            throw new IOException("page " + pageId + " already has an attachment named " + fileName);
        }
    }

    private AttachmentRecord.Version version(int number, StreamedUpload upload, String mediaType, String userKey,
                                             String comment) {
        return new AttachmentRecord.Version(number, upload.size(), upload.sha256(), mediaType,
                clock.millis(), userKey, comment);
    }

    /** Moves the bytes into place, then records the version; a failure leaves the record as it was. */
    private void commit(AttachmentRecord r, AttachmentRecord.Version added, StreamedUpload upload) throws IOException {
        Files.createDirectories(root.resolve(Long.toString(r.id)));
        Path target = bytes(r.id, added.version());
        Files.move(upload.file(), target, StandardCopyOption.REPLACE_EXISTING);
        r.versions.add(added);
        try {
            writeMeta(r);
        } catch (IOException e) {
            r.versions.remove(r.versions.size() - 1);
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private Path bytes(long id, int version) {
        return root.resolve(Long.toString(id)).resolve("v" + version + ".bin");
    }

    private void writeMeta(AttachmentRecord r) throws IOException {
        Path meta = root.resolve(Long.toString(r.id)).resolve(META);
        Path next = meta.resolveSibling(META + ".next");
        JSON.writeValue(next.toFile(), r);
        Files.move(next, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void load() throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            for (Path meta : folders.map(f -> f.resolve(META)).filter(Files::isRegularFile).toList()) {
                AttachmentRecord r = JSON.readValue(meta.toFile(), AttachmentRecord.class);
                records.put(r.id, r);
                nextId = Math.max(nextId, r.id + 1);
            }
        }
    }

    private static StoredAttachment view(AttachmentRecord r, AttachmentRecord.Version v) {
        return new StoredAttachment(r.id, r.pageId, r.fileName, v.version(), v.size(), v.mediaType(),
                Instant.ofEpochMilli(v.modifiedMillis()), v.lastModifierKey());
    }

    private static AttachmentVersion extended(AttachmentRecord r, AttachmentRecord.Version v) {
        return new AttachmentVersion(view(r, v), v.sha256(), v.comment());
    }
}
