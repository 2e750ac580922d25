package app.docsbridge.core.port;

import java.time.Instant;

/** The current time; replaced in tests to check expiry boundaries. */
public interface TimeSource {

    Instant now();
}
