package app.docsbridge.core.port;

/** A Confluence user: the stable key (sent to the Document Server as the user id), login name and display name. */
public record AppUser(String key, String username, String displayName) {
}
