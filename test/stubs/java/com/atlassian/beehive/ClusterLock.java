// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.beehive;

import java.util.concurrent.TimeUnit;

/**
 * lock/unlock as seen at call sites; {@code tryLock(long, TimeUnit)} as Confluence's own collaborative-editing plugin
 * calls it ({@code DefaultSynchronyConfigurationManager.generateStorePassphraseIfMissing}, Confluence 8.7.2, decompiled
 * in ngannk-fptu/Decompiled-Files), which is java.util.concurrent.locks.Lock's signature.
 */
public interface ClusterLock {

    void lock();

    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    void unlock();
}
