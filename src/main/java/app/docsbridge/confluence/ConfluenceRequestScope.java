package app.docsbridge.confluence;

import app.docsbridge.core.port.RequestScope;
import com.atlassian.confluence.util.RequestCacheThreadLocal;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The request scope on Confluence's own per-request cache, {@code RequestCacheThreadLocal}: Confluence's
 * {@code RequestCacheThreadLocalFilter} gives every HTTP request a fresh map (with the context path under
 * {@code confluence.context.path}) and clears it when the request ends (8.7.2, decompiled; the class has existed
 * unchanged since 2.x and apps such as Team Calendars keep per-request lookups in it). Nothing outlives the
 * request, so nothing can go stale on another node.
 *
 * <p>Outside a request (no context path in the map: a background thread, whose map nobody would ever clear) and on
 * a Confluence line without the class, nothing is remembered.
 */
public class ConfluenceRequestScope implements RequestScope {

    /** Our entries in the product's shared map carry the app's prefix. */
    static final String PREFIX = "app.docsbridge.";

    @Override
    public <T> T remember(String key, Supplier<T> compute) {
        Map<Object, Object> cache = requestCache();
        if (cache == null) {
            return compute.get();
        }
        String name = PREFIX + key;
        @SuppressWarnings("unchecked")
        T value = (T) cache.get(name);
        if (value == null) {
            value = compute.get();
            if (value != null) {
                cache.put(name, value);
            }
        }
        return value;
    }

    @Override
    public void forget(String key) {
        Map<Object, Object> cache = requestCache();
        if (cache != null) {
            cache.remove(PREFIX + key);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> requestCache() {
        try {
            Map<Object, Object> cache = RequestCacheThreadLocal.getRequestCache();
            return cache != null && cache.get(RequestCacheThreadLocal.CONTEXT_PATH_KEY) != null ? cache : null;
        } catch (LinkageError e) {
            return null;
        }
    }
}
