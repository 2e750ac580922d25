package app.docsbridge.confluence;

import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.LockBusyException;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Beehive locks are held in the shared database, so they exclude work on every node of the cluster. The wait is
 * bounded with {@code tryLock(time, unit)}, as Confluence's own collaborative-editing plugin does.
 */
public class BeehiveClusterLocks implements ClusterLocks {

    private final ClusterLockService lockService;

    public BeehiveClusterLocks(ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T withLock(String name, Duration maxWait, LockedWork<T> work) throws IOException {
        ClusterLock lock = lockService.getLockForName(name);
        try {
            if (!lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockBusyException(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the lock " + name);
        }
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
