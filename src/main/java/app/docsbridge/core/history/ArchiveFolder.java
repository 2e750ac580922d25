package app.docsbridge.core.history;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Change archives as files: {@code <root>/<attachment id>/<name>}. A file appears only when complete (written
 * beside it, then moved into place), so another node never reads half an archive.
 */
public final class ArchiveFolder {

    private final Path root;

    public ArchiveFolder(Path root) {
        this.root = root;
    }

    public void write(long attachmentId, String name, InputStream data) throws IOException {
        Path dir = folder(attachmentId);
        Files.createDirectories(dir);
        Path target = dir.resolve(checked(name));
        Path part = Files.createTempFile(dir, ".incoming-", ".part");
        try {
            Files.copy(data, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public InputStream open(long attachmentId, String name) throws IOException {
        try {
            return Files.newInputStream(folder(attachmentId).resolve(checked(name)));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(name);
        }
    }

    public void retain(long attachmentId, Set<String> keep) throws IOException {
        Path dir = folder(attachmentId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!keep.contains(name) && !name.startsWith(".incoming-")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Removes everything kept for the attachment. */
    public void removeAll(long attachmentId) throws IOException {
        retain(attachmentId, Set.of());
        try {
            Files.deleteIfExists(folder(attachmentId));
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // An archive is being written this moment; its save prunes again (the version is gone by then).
        }
    }

    private Path folder(long attachmentId) {
        return root.resolve(Long.toString(attachmentId));
    }

    private static String checked(String name) throws IOException {
        if (!name.matches("[0-9A-Za-z._-]{1,100}") || name.startsWith(".")) {
            throw new IOException("bad archive name");
        }
        return name;
    }
}
