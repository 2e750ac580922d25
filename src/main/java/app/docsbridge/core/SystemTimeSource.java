package app.docsbridge.core;

import app.docsbridge.core.port.TimeSource;

import java.time.Instant;

/** The real clock. */
public class SystemTimeSource implements TimeSource {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
