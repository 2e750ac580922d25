package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.TimeSource;

import java.time.Instant;

/** The system clock, for a TimeSource adapter the descriptor may declare among the Confluence adapters. */
public final class SystemClockTimeSource implements TimeSource {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
