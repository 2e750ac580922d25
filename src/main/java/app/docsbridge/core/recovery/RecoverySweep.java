package app.docsbridge.core.recovery;

import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.LockBusyException;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.TimeSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores forgotten files without waiting for an administrator. A save that failed with "retry later" is retried by
 * the Docs server three times over about 7 s (docs-api §4.6); if the last attempt fails too, it keeps the file as
 * "forgotten" and never calls again. So once such a failure is older than {@link #SETTLE}, the app asks for the
 * forgotten list and stores what it safely can ({@link ForgottenFiles#listAndRecover()}: attachment known, nothing
 * newer saved). It runs after callbacks (the Docs server's traffic is what keeps an editing site busy), at most once
 * per {@link #INTERVAL} across the cluster (shared settings, a lock that is never waited for), so it needs no
 * scheduler and no node-local state.
 */
public class RecoverySweep {

    private static final Logger LOG = Logger.getLogger(RecoverySweep.class.getName());
    static final String LAST_RUN = "internal.recoverySweep.lastRun";
    /** Longer than the Docs server's retry schedule (1 + 2 + 4 s) after a failed attempt. */
    static final Duration SETTLE = Duration.ofSeconds(10);
    static final Duration INTERVAL = Duration.ofSeconds(15);
    /** Failures older than this are left to the Configure page: the Docs server's copy has long been listed there. */
    static final Duration HORIZON = Duration.ofHours(1);
    /**
     * How often one node looks at the shared list at all. Only a rate limit on reading (a callback then costs one
     * settings read, not two); whether and when to sweep is decided from shared state.
     */
    static final Duration LOOK_EVERY = Duration.ofSeconds(5);

    private final ForgottenFiles forgotten;
    private final SaveProblems problems;
    private final SettingsStore store;
    private final ClusterLocks locks;
    private final TimeSource time;
    private volatile Instant nextLook = Instant.MIN;

    public RecoverySweep(ForgottenFiles forgotten, SaveProblems problems, SettingsStore store, ClusterLocks locks,
                         TimeSource time) {
        this.forgotten = forgotten;
        this.problems = problems;
        this.store = store;
        this.locks = locks;
        this.time = time;
    }

    /** Runs one pass if a failed save has settled and no node ran one lately; never throws. */
    public void runIfDue() {
        Instant now = time.now();
        if (now.isBefore(nextLook)) {
            return;
        }
        nextLook = now.plus(LOOK_EVERY);
        if (!settledFailure(now) || !intervalPassed(now)) {
            return;
        }
        try {
            locks.withLock("app.docsbridge.recoverySweep", Duration.ZERO, () -> {
                if (!intervalPassed(time.now())) {
                    return null; // another node ran it while this one looked
                }
                store.write(Map.of(LAST_RUN, time.now().toString()));
                ForgottenFiles.Listing listing = forgotten.listAndRecover();
                if (!listing.recovered().isEmpty()) {
                    LOG.info("stored " + listing.recovered().size() + " file(s) the Docs server could not deliver");
                }
                return null;
            });
        } catch (LockBusyException e) {
            // Another node is sweeping right now.
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not check the Docs server's forgotten files", e);
        }
    }

    private boolean settledFailure(Instant now) {
        return problems.list().stream()
                .filter(p -> p.outcome() == SaveProblems.Outcome.RETRY)
                .map(p -> parse(p.at()))
                .anyMatch(at -> at != null && at.isBefore(now.minus(SETTLE)) && at.isAfter(now.minus(HORIZON)));
    }

    private boolean intervalPassed(Instant now) {
        Instant last = parse(store.read().get(LAST_RUN));
        return last == null || !last.isAfter(now.minus(INTERVAL));
    }

    private static Instant parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
