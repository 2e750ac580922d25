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
        return origin == null || origin.equals(origin(hostUrls.baseUrl())) || origin.equals(requestOrigin(request));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Behind a proxy the base URL is canonical; a direct request to the node names its own host. */
    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? "" : request.getScheme() + "://" + host;
    }
}
