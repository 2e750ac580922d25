package app.docsbridge.core.port;

import java.io.IOException;
import java.time.Duration;

/** Locks that hold across all nodes of a Data Center cluster. Every wait for one is bounded. */
public interface ClusterLocks {

    /** How long a caller waits for a lock unless it says otherwise. */
    Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    /** Runs {@code work} while holding the lock called {@code name}, waiting at most {@link #DEFAULT_WAIT}. */
    default <T> T withLock(String name, LockedWork<T> work) throws IOException {
        return withLock(name, DEFAULT_WAIT, work);
    }

    /**
     * Runs {@code work} while holding the lock called {@code name}; throws {@link LockBusyException} without running
     * it when the lock is not free within {@code maxWait}.
     */
    <T> T withLock(String name, Duration maxWait, LockedWork<T> work) throws IOException;

    @FunctionalInterface
    interface LockedWork<T> {
        T run() throws IOException;
    }
}
