package app.docsbridge.testing;

import app.docsbridge.core.port.HostUrls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@link HostUrls} of a Confluence at {@code baseUrl}; the login page works like Confluence's. */
public record FixedHostUrls(String baseUrl, String contextPath) implements HostUrls {

    public static FixedHostUrls of(String baseUrl) {
        String path = java.net.URI.create(baseUrl).getRawPath();
        return new FixedHostUrls(baseUrl, path == null ? "" : path);
    }

    @Override
    public String loginUrl(String returnPath) {
        return baseUrl + "/login.action?os_destination=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8);
    }
}
