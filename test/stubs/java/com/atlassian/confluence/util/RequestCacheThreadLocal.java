// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Signatures as in Confluence 8.7.2 (decompiled com.atlassian.confluence.util.RequestCacheThreadLocal) and its
// javadoc since 2.4: "Threadlocal for caching objects that must survive the whole HTTP request", set up and
// cleared by RequestCacheThreadLocalFilter around every request.
package com.atlassian.confluence.util;

import java.util.HashMap;
import java.util.Map;

@SuppressWarnings({"rawtypes", "unchecked"})
public class RequestCacheThreadLocal {

    public static final String CONTEXT_PATH_KEY = "confluence.context.path";

    private static final ThreadLocal<Map> CACHE = new ThreadLocal<>();

    public RequestCacheThreadLocal() {
    }

    /** Like Confluence: creates an empty map on the thread if none is set. */
    public static Map getRequestCache() {
        if (CACHE.get() == null) {
            CACHE.set(new HashMap());
        }
        return CACHE.get();
    }

    public static void setRequestCache(Map requestCache) {
        CACHE.set(requestCache);
    }

    public static void clearRequestCache() {
        setRequestCache(null);
    }

    public static String getContextPath() {
        return (String) getRequestCache().get(CONTEXT_PATH_KEY);
    }
}
