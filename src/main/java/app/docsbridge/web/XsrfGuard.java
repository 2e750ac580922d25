package app.docsbridge.web;

import app.docsbridge.core.port.HostUrls;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * Cross-site request forgery protection for the app's state-changing browser endpoints (servlets get none from
 * the product). A browser sends a JSON body with a custom header only for same-origin scripts; a form on another
 * site can do neither without a CORS preflight that we never answer. When the browser names an Origin, it must be
 * this Confluence's.
 */
final class XsrfGuard {

    static final String HEADER = "X-Atlassian-Token";

    private XsrfGuard() {
    }

    static boolean allows(HttpServletRequest request, HostUrls hostUrls) {
        String contentType = request.getContentType();
        if (!"no-check".equals(request.getHeader(HEADER)) || contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        // An Origin header is only scheme://host[:port]; anything more is not one a browser sends.
        String sent = origin.matches("(?i)https?://[^/?#@]+") ? origin(origin) : null;
        String host = request.getHeader("Host");
        // Behind a proxy the base URL is canonical; a direct request to the node names its own host.
        return sent != null && (sent.equals(origin(hostUrls.baseUrl()))
                || (host != null && sent.equals(origin(request.getScheme() + "://" + host))));
    }

    /** {@code scheme://host[:port]} in the form browsers send: lower case, no default port; null if not a URL. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
