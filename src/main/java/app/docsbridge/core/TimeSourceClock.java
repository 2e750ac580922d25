package app.docsbridge.core;

import app.docsbridge.core.port.TimeSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} view of a {@link TimeSource}, for libraries that take a Clock (JWT expiry checks). */
public final class TimeSourceClock extends Clock {

    private final TimeSource source;

    public TimeSourceClock(TimeSource source) {
        this.source = source;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return source.now();
    }
}
