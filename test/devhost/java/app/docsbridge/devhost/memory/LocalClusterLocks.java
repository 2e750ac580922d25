package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.LockBusyException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One {@link ReentrantLock} per name. The real adapter uses Beehive's ClusterLockService, which locks across all
 * nodes of a Data Center cluster; with a single JVM a local lock gives the same mutual exclusion.
 */
public final class LocalClusterLocks implements ClusterLocks {

    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T withLock(String name, Duration maxWait, LockedWork<T> work) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        try {
            if (!lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockBusyException(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name);
        }
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
