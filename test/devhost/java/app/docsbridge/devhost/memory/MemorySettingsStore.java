package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.SettingsStore;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Settings in memory, starting from a seed (the DOCS_* environment) that {@link #reset()} returns to. */
public final class MemorySettingsStore implements SettingsStore {

    private final Map<String, String> seed;
    private final Map<String, String> values = new HashMap<>();

    public MemorySettingsStore(Map<String, String> seed) {
        this.seed = Map.copyOf(seed);
        values.putAll(seed);
    }

    @Override
    public synchronized Map<String, String> read() {
        return Map.copyOf(values);
    }

    @Override
    public synchronized void write(Map<String, String> changes) {
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
    }

    /** Sorted copy for the inspection API. */
    public synchronized Map<String, String> sorted() {
        return new TreeMap<>(values);
    }

    public synchronized void reset() {
        values.clear();
        values.putAll(seed);
    }
}
