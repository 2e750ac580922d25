package app.docsbridge.core.conversion;

import java.util.Locale;

/**
 * Why a conversion failed, in terms a user understands; each has a message {@code docsbridge.convert.error.<id>}.
 * The Document Server's error codes (docs-api §5.3) map onto these.
 */
public enum ConversionFailure {
    /** −2: the Docs server gave up waiting for its converter. */
    TIMEOUT("timeout"),
    /** −3, −9: damaged file, or not what its extension says. */
    UNREADABLE("unreadable"),
    /** −4: the Docs server could not download the source from Confluence. */
    DOWNLOAD("download"),
    /** −5: password-protected (or DRM) file. */
    PASSWORD("password"),
    /** −8: the JWT secret differs, or the clocks do. */
    TOKEN("token"),
    /** −10, or the source is above the Docs server's download limit. */
    TOO_LARGE("tooLarge"),
    /** The Docs server cannot be reached or answered with a server error. */
    UNAVAILABLE("unavailable"),
    /** The result arrived but could not be stored in Confluence. */
    STORE_FAILED("storeFailed"),
    /** Any other error code (−1, −6, −7, …) or answer. */
    FAILED("failed");

    private final String id;

    ConversionFailure(String id) {
        this.id = id;
    }

    /** Stable identifier for the browser (JSON {@code error}). */
    public String id() {
        return id;
    }

    public String messageKey() {
        return "docsbridge.convert.error." + id;
    }

    public static ConversionFailure fromCode(int code) {
        return switch (code) {
            case -2 -> TIMEOUT;
            case -3, -9 -> UNREADABLE;
            case -4 -> DOWNLOAD;
            case -5 -> PASSWORD;
            case -8 -> TOKEN;
            case -10 -> TOO_LARGE;
            default -> FAILED;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
