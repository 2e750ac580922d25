package app.docsbridge.devhost.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The storage-format (XHTML) bodies of the DEV space's pages; empty until a test writes one. */
public final class PageBodies {

    private final Map<Long, String> bodies = new ConcurrentHashMap<>();

    public Optional<String> body(long pageId) {
        return Optional.ofNullable(bodies.get(pageId));
    }

    public void put(long pageId, String storageXml) {
        bodies.put(pageId, storageXml);
    }

    public void clear() {
        bodies.clear();
    }
}
