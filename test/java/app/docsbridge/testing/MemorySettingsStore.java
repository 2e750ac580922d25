package app.docsbridge.testing;

import app.docsbridge.core.port.SettingsStore;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SettingsStore}. */
public final class MemorySettingsStore implements SettingsStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    public MemorySettingsStore put(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        return this;
    }

    @Override
    public Map<String, String> read() {
        return Map.copyOf(values);
    }

    @Override
    public void write(Map<String, String> changes) {
        Map<String, String> copy = new HashMap<>(changes);
        copy.forEach(this::put);
    }
}
