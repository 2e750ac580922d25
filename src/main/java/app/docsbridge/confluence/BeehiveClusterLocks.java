package app.docsbridge.confluence;

import app.docsbridge.core.port.ClusterLocks;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.io.IOException;

/** Beehive locks are held in the shared database, so they exclude work on every node of the cluster. */
public class BeehiveClusterLocks implements ClusterLocks {

    private final ClusterLockService lockService;

    public BeehiveClusterLocks(ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T withLock(String name, LockedWork<T> work) throws IOException {
        ClusterLock lock = lockService.getLockForName(name);
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
