package app.docsbridge.devhost.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies an upload to a temporary file in fixed-size chunks, counting and hashing on the way, so files of any size
 * pass through a small heap. A wrong byte count deletes the file: nothing half-written is ever kept.
 */
record StreamedUpload(Path file, long size, String sha256) {

    private static final int CHUNK = 64 * 1024;

    /** Reads {@code data} to its end (or one byte past {@code expectedSize}); {@code -1} accepts any size. */
    static StreamedUpload copy(InputStream data, long expectedSize, Path tempFolder) throws IOException {
        Files.createDirectories(tempFolder);
        Path file = Files.createTempFile(tempFolder, "upload-", ".part");
        try {
            MessageDigest digest = sha256Digest();
            long count = 0;
            byte[] buffer = new byte[CHUNK];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = data.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    digest.update(buffer, 0, read);
                    count += read;
                    if (expectedSize >= 0 && count > expectedSize) {
                        break; // more than announced: no need to read the rest
                    }
                }
            }
            if (expectedSize >= 0 && count != expectedSize) {
                throw new SizeMismatch("expected " + expectedSize + " bytes but received "
                        + (count > expectedSize ? "more" : String.valueOf(count)));
            }
            return new StreamedUpload(file, count, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The stream ended before or went on after the announced size. */
    static final class SizeMismatch extends IOException {
        SizeMismatch(String message) {
            super(message);
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file in the dev host's data folder is harmless
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
