package app.docsbridge.core.port;

import java.io.IOException;

/** Locks that hold across all nodes of a Data Center cluster. */
public interface ClusterLocks {

    /** Runs {@code work} while holding the lock called {@code name}. */
    <T> T withLock(String name, LockedWork<T> work) throws IOException;

    @FunctionalInterface
    interface LockedWork<T> {
        T run() throws IOException;
    }
}
