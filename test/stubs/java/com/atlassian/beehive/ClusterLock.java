// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.beehive;

/** Only lock/unlock are declared; whether the real type extends java.util.concurrent.locks.Lock is unverified. */
public interface ClusterLock {

    void lock();

    void unlock();
}
