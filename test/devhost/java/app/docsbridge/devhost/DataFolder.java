package app.docsbridge.devhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dev host's data folder. It is wiped at start, so it carries a marker file and a folder without one is never
 * wiped: a mistyped DEVHOST_DATA_DIR must not delete someone's files.
 */
final class DataFolder {

    private static final String MARKER = ".devhost-data";

    private DataFolder() {
    }

    static Path prepare(Path folder, boolean keep) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(dir) && !keep) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IOException(dir + " is not a dev host data folder (no " + MARKER + "); refusing to wipe it");
            }
            wipe(dir);
        }
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve(MARKER))) {
            Files.writeString(dir.resolve(MARKER), "Created by the dev host; wiped at each start unless DEVHOST_KEEP_DATA=1.\n");
        }
        return dir;
    }

    private static void wipe(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> all = Files.walk(dir)) {
            paths = all.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
