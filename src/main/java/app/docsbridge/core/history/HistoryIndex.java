package app.docsbridge.core.history;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.StoredAttachment;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-attachment index of what the Document Server reported for each version it saved: its change list, its
 * server version and the name of the stored change archive. Each entry remembers the size and time of the version
 * it describes, so an entry never attaches to another file after a version was deleted and its number reused.
 */
final class HistoryIndex {

    /** Confluence may store times with second precision only (and round them): allow that much difference. */
    private static final long TIME_TOLERANCE_MS = 1000;

    record Entry(int version, long size, long modifiedMillis, Object serverVersion, List<Object> changes,
                 String archive) {

        boolean describes(StoredAttachment file) {
            return file.version() == version && file.size() == size
                    && Math.abs(file.modified().toEpochMilli() - modifiedMillis) <= TIME_TOLERANCE_MS;
        }
    }

    private HistoryIndex() {
    }

    static Map<Integer, Entry> parse(Optional<String> json) {
        Map<Integer, Entry> entries = new TreeMap<>();
        if (json.isEmpty() || json.get().isBlank()) {
            return entries;
        }
        Map<String, Object> root;
        try {
            root = Json.readObject(json.get());
        } catch (IOException e) {
            return entries; // unreadable data only costs the highlights
        }
        if (!(root.get("versions") instanceof Map<?, ?> versions)) {
            return entries;
        }
        for (Map.Entry<?, ?> item : versions.entrySet()) {
            if (!(item.getValue() instanceof Map<?, ?> e)) {
                continue;
            }
            try {
                int version = Integer.parseInt(String.valueOf(item.getKey()));
                long size = ((Number) e.get("size")).longValue();
                long modified = ((Number) e.get("modified")).longValue();
                @SuppressWarnings("unchecked")
                List<Object> changes = e.get("changes") instanceof List<?> list ? (List<Object>) list : null;
                String archive = e.get("archive") instanceof String s ? s : null;
                entries.put(version, new Entry(version, size, modified, e.get("serverVersion"), changes, archive));
            } catch (RuntimeException skipped) {
                // a damaged entry is left out
            }
        }
        return entries;
    }

    /**
     * Drops the entries that do not describe one of {@code versions} (by number) as it is now; true when any went.
     */
    static boolean retainDescribing(Map<Integer, Entry> entries, Map<Integer, StoredAttachment> versions) {
        return entries.values().removeIf(e -> versions.get(e.version()) == null || !e.describes(versions.get(e.version())));
    }

    /** Stores the entries, then deletes the archives no entry names any more. */
    static void save(HistoryStore store, long attachmentId, Map<Integer, Entry> entries) throws IOException {
        store.writeIndex(attachmentId, write(entries));
        Set<String> keep = new HashSet<>();
        for (Entry e : entries.values()) {
            if (e.archive() != null) {
                keep.add(e.archive());
            }
        }
        store.retainArchives(attachmentId, keep);
    }

    static String write(Map<Integer, Entry> entries) {
        Map<String, Object> versions = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("size", e.size());
            item.put("modified", e.modifiedMillis());
            if (e.serverVersion() != null) {
                item.put("serverVersion", e.serverVersion());
            }
            if (e.changes() != null) {
                item.put("changes", e.changes());
            }
            if (e.archive() != null) {
                item.put("archive", e.archive());
            }
            versions.put(String.valueOf(e.version()), item);
        }
        return Json.write(Map.of("versions", versions));
    }
}
