package app.docsbridge.core.port;

/**
 * Confluence's site-wide "Email address visibility" (General configuration → Security and privacy): {@code
 * email.address.public}, {@code email.address.masked} ("alice at example dot com") or {@code email.address.private}
 * (administrators only). Confluence 8.7.2's {@code Settings.getEmailAddressVisibility()},
 * {@code ConfluenceActionSupport.isEmailVisible()} and the REST {@code UserEntityBuilder.getDisplayableEmail()}.
 */
public enum EmailVisibility {
    PUBLIC,
    MASKED,
    PRIVATE;

    /** Confluence's setting value; anything unknown is treated as the strictest. */
    public static EmailVisibility of(String setting) {
        if ("email.address.public".equals(setting)) {
            return PUBLIC;
        }
        if ("email.address.masked".equals(setting)) {
            return MASKED;
        }
        return PRIVATE;
    }
}
