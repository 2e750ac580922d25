package app.docsbridge.core.port;

import java.util.function.Supplier;

/**
 * Values remembered for the rest of the current HTTP request and forgotten when it ends. Never shared between
 * requests, so never stale on another cluster node: what one request remembers, the next one reads again.
 * Outside a request (background work) nothing is remembered.
 */
public interface RequestScope {

    /** The value remembered under {@code key} in this request, computed (and remembered) on first use. */
    <T> T remember(String key, Supplier<T> compute);

    /** Forgets {@code key} in this request, e.g. after a write that changes it. */
    void forget(String key);

    /** Remembers nothing: every call computes. For code that runs outside a request, and for tests. */
    RequestScope NONE = new RequestScope() {
        @Override
        public <T> T remember(String key, Supplier<T> compute) {
            return compute.get();
        }

        @Override
        public void forget(String key) {
            // nothing remembered
        }
    };
}
