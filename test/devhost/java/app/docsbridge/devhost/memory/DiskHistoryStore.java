package app.docsbridge.devhost.memory;

import app.docsbridge.core.history.ArchiveFolder;
import app.docsbridge.core.port.HistoryStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

/**
 * The dev host's {@link HistoryStore}: like Confluence's, but the index is a file next to the archives instead of
 * a content property. It lives in the data folder, so it survives a restart with {@code DEVHOST_KEEP_DATA=1}.
 */
public final class DiskHistoryStore implements HistoryStore {

    private final Path root;
    private final ArchiveFolder archives;

    public DiskHistoryStore(Path root) {
        this.root = root;
        this.archives = new ArchiveFolder(root);
    }

    @Override
    public Optional<String> readIndex(long attachmentId) {
        Path index = index(attachmentId);
        try {
            return Files.exists(index) ? Optional.of(Files.readString(index, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeIndex(long attachmentId, String json) {
        Path index = index(attachmentId);
        try {
            Files.createDirectories(index.getParent());
            Path part = Files.createTempFile(index.getParent(), ".incoming-", ".part");
            Files.writeString(part, json, StandardCharsets.UTF_8);
            Files.move(part, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeArchive(long attachmentId, String name, InputStream data) throws IOException {
        archives.write(attachmentId, name, data);
    }

    @Override
    public InputStream openArchive(long attachmentId, String name) throws IOException {
        return archives.open(attachmentId, name);
    }

    @Override
    public void retainArchives(long attachmentId, Set<String> keep) throws IOException {
        java.util.Set<String> withIndex = new java.util.HashSet<>(keep);
        withIndex.add("index.json");
        archives.retain(attachmentId, withIndex);
    }

    /** The index goes too: in Confluence it is a content property, deleted with the attachment. */
    @Override
    public void removeAll(long attachmentId) throws IOException {
        Files.deleteIfExists(index(attachmentId));
        archives.removeAll(attachmentId);
    }

    /** Names of the attachment's archives, sorted (the dev host's test API shows them). */
    public java.util.List<String> archiveNames(long attachmentId) throws IOException {
        Path dir = root.resolve(Long.toString(attachmentId));
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("index.json") && !n.startsWith(".")).sorted().toList();
        }
    }

    /** Forgets everything (the dev host's reset). */
    public void clear() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(root)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Path index(long attachmentId) {
        return root.resolve(Long.toString(attachmentId)).resolve("index.json");
    }
}
