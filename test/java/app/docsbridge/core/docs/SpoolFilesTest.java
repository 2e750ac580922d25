package app.docsbridge.core.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpoolFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void spool_shouldKeepTheBytesTheirSizeAndHashUntilClosed() throws Exception {
        SpoolFiles spool = SpoolFiles.in(dir);
        byte[] bytes = "hello spool".getBytes();
        Path path;
        try (SpoolFiles.Spooled file = spool.spool(new ByteArrayInputStream(bytes), 100)) {
            path = file.path();
            assertEquals(bytes.length, file.size());
            assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                    file.sha256());
            try (var in = file.open()) {
                assertArrayEquals(bytes, in.readAllBytes());
            }
        }
        assertFalse(Files.exists(path));
        assertEquals(List.of(), files());
    }

    @Test
    void spool_shouldStopAtTheLimitAndLeaveNoFile() throws IOException {
        SpoolFiles spool = SpoolFiles.in(dir);

        assertThrows(SpoolFiles.ResultTooLargeException.class,
                () -> spool.spool(new ByteArrayInputStream(new byte[101]), 100));
        assertEquals(List.of(), files());
        spool.spool(new ByteArrayInputStream(new byte[100]), 100).close();
    }

    @Test
    void spool_shouldLeaveNoFileWhenTheSourceFails() throws IOException {
        SpoolFiles spool = SpoolFiles.in(dir);
        java.io.InputStream broken = new java.io.InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 10) {
                    throw new IOException("connection reset");
                }
                return 1;
            }
        };

        assertThrows(IOException.class, () -> spool.spool(broken, 100));
        assertEquals(List.of(), files());
    }

    @Test
    void startUp_shouldSweepFilesACrashLeftBehindButNotFreshOnes() throws IOException {
        Path old = Files.write(dir.resolve("spool-123.part"), new byte[10]);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(SpoolFiles.STALE).minusSeconds(60)));
        Path fresh = Files.write(dir.resolve("spool-456.part"), new byte[10]);
        Path foreign = Files.write(dir.resolve("not-ours.txt"), new byte[10]);
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minus(SpoolFiles.STALE).minusSeconds(60)));

        SpoolFiles.in(dir);

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "a save of another node in this JVM may still use it");
        assertTrue(Files.exists(foreign));
    }
}
