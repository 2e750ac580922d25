package app.docsbridge.testing;

import app.docsbridge.core.port.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link TimeSource} the test moves by hand. */
public final class MutableTimeSource implements TimeSource {

    private final AtomicReference<Instant> now;

    public MutableTimeSource(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public MutableTimeSource() {
        this(Instant.parse("2026-03-29T10:00:00Z"));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public Instant advance(Duration duration) {
        return now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public Instant now() {
        return now.get();
    }
}
