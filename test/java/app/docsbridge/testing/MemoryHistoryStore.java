package app.docsbridge.testing;

import app.docsbridge.core.port.HistoryStore;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory {@link HistoryStore}; counts index reads so tests can check that a list costs one read. */
public final class MemoryHistoryStore implements HistoryStore {

    private final Map<Long, String> indexes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> archives = new ConcurrentHashMap<>();
    public final AtomicInteger indexReads = new AtomicInteger();

    @Override
    public Optional<String> readIndex(long attachmentId) {
        indexReads.incrementAndGet();
        return Optional.ofNullable(indexes.get(attachmentId));
    }

    @Override
    public void writeIndex(long attachmentId, String json) {
        indexes.put(attachmentId, json);
    }

    @Override
    public void writeArchive(long attachmentId, String name, InputStream data) throws IOException {
        byte[] bytes = data.readAllBytes();
        archives.put(attachmentId + "/" + name, bytes);
    }

    @Override
    public InputStream openArchive(long attachmentId, String name) throws IOException {
        byte[] bytes = archives.get(attachmentId + "/" + name);
        if (bytes == null) {
            throw new FileNotFoundException(name);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void retainArchives(long attachmentId, Set<String> keep) {
        archives.keySet().removeIf(k -> k.startsWith(attachmentId + "/") && !keep.contains(k.substring(k.indexOf('/') + 1)));
    }

    @Override
    public void removeAll(long attachmentId) {
        indexes.remove(attachmentId);
        retainArchives(attachmentId, Set.of());
    }

    public Set<String> archiveNames() {
        return Set.copyOf(archives.keySet());
    }
}
