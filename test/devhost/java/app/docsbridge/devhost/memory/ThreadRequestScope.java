package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.RequestScope;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The request scope as Confluence provides it: a map per request thread, set up when the request starts and
 * cleared when it ends (Confluence's RequestCacheThreadLocalFilter; see ConfluenceRequestScope). Outside a request
 * nothing is remembered.
 */
public final class ThreadRequestScope implements RequestScope {

    private static final ThreadLocal<Map<String, Object>> CURRENT = new ThreadLocal<>();

    /** Called by {@link RequestScopeFilter} around every request. */
    public static void begin() {
        CURRENT.set(new HashMap<>());
    }

    public static void end() {
        CURRENT.remove();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remember(String key, Supplier<T> compute) {
        Map<String, Object> values = CURRENT.get();
        if (values == null) {
            return compute.get();
        }
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
    public void forget(String key) {
        Map<String, Object> values = CURRENT.get();
        if (values != null) {
            values.remove(key);
        }
    }
}
