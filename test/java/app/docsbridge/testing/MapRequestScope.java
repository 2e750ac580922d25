package app.docsbridge.testing;

import app.docsbridge.core.port.RequestScope;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A request scope for tests: one map until {@link #endRequest()}, like Confluence's per-request cache. */
public final class MapRequestScope implements RequestScope {

    private final Map<String, Object> values = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T remember(String key, Supplier<T> compute) {
        T value = (T) values.get(key);
        if (value == null) {
            value = compute.get();
            if (value != null) {
                values.put(key, value);
            }
        }
        return value;
    }

    @Override
    public synchronized void forget(String key) {
        values.remove(key);
    }

    /** The request ends: everything is forgotten. */
    public synchronized void endRequest() {
        values.clear();
    }
}
