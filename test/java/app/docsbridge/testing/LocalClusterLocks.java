package app.docsbridge.testing;

import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.LockBusyException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/** {@link ClusterLocks} for one JVM: one real lock per name, so concurrent callers really wait for each other. */
public final class LocalClusterLocks implements ClusterLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acquisitions = new ConcurrentHashMap<>();

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
            acquisitions.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    /** How often the lock called {@code name} was taken. */
    public int acquisitions(String name) {
        AtomicInteger count = acquisitions.get(name);
        return count == null ? 0 : count.get();
    }
}
