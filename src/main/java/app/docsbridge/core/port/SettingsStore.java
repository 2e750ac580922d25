package app.docsbridge.core.port;

import java.util.Map;

/** Plain string settings kept by the product (shared by all cluster nodes). */
public interface SettingsStore {

    Map<String, String> read();

    /** Writes the given keys; a {@code null} value removes the key. */
    void write(Map<String, String> values);
}
