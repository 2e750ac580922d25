package app.docsbridge.core.port;

/** Addresses of this Confluence. */
public interface HostUrls {

    /** Canonical base URL with the context path and no trailing slash, e.g. {@code https://wiki.example.com/confluence}. */
    String baseUrl();

    /** Context path only, e.g. {@code /confluence} (empty at the root). */
    String contextPath();

    /** Where to send an anonymous visitor who must sign in; {@code returnPath} is context-relative. */
    String loginUrl(String returnPath);
}
