package app.docsbridge.core.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Temporary copies of files downloaded from the Docs server, so that nothing is fetched while a cluster lock is
 * held and the size Confluence needs is known. Each copy is capped, removed by its owner in every path
 * ({@link Spooled#close()}), and copies a crash left behind are swept when the app starts and from time to time.
 * The files are node-local scratch space: they never decide anything.
 */
public class SpoolFiles {

    private static final Logger LOG = Logger.getLogger(SpoolFiles.class.getName());
    /** No save holds its copy this long (download deadline + lock wait + store); older ones are leftovers. */
    static final Duration STALE = Duration.ofMinutes(30);
    private static final String PREFIX = "spool-";

    private final Path dir;
    private volatile Instant nextSweep = Instant.EPOCH;

    public SpoolFiles() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "docsbridge-spool"));
    }

    /** Spool files in another folder (tests, tools). */
    public static SpoolFiles in(Path dir) {
        return new SpoolFiles(dir);
    }

    private SpoolFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the spool folder " + dir, e);
        }
        sweep();
    }

    /**
     * Copies {@code in} to a new spool file, computing its SHA-256; fails with {@link ResultTooLargeException}
     * (leaving no file) as soon as more than {@code maxBytes} arrive.
     */
    public Spooled spool(InputStream in, long maxBytes) throws IOException {
        if (Instant.now().isAfter(nextSweep)) {
            sweep();
        }
        Path file = Files.createTempFile(dir, PREFIX, ".part");
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ResultTooLargeException(maxBytes);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            done = true;
            return new Spooled(file, total, HexFormat.of().formatHex(sha.digest()));
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Removes spool files older than {@link #STALE}; returns how many. */
    public int sweep() {
        nextSweep = Instant.now().plus(STALE);
        FileTime limit = FileTime.from(Instant.now().minus(STALE));
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path file : files) {
                try {
                    if (Files.getLastModifiedTime(file).compareTo(limit) < 0 && Files.deleteIfExists(file)) {
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "could not remove " + file, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not sweep the spool folder " + dir, e);
        }
        return removed;
    }

    public Path dir() {
        return dir;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One spooled file: its path, size and SHA-256 (hex). Closing removes it. */
    public record Spooled(Path path, long size, String sha256) implements AutoCloseable {

        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    /** More bytes arrived than the configured limit allows. */
    public static class ResultTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public ResultTooLargeException(long limit) {
            super("the file is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
