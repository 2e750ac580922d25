// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
