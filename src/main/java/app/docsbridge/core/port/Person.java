package app.docsbridge.core.port;

/** Someone in Confluence's user directory: the stable key, login name, display name and e-mail address (may be empty). */
public record Person(String key, String username, String displayName, String email) {
}
