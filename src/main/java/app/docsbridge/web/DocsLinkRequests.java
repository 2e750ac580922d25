package app.docsbridge.web;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The second token on the Document Server's downloads of our links (decisions/0003-two-tokens.md): it signs
 * {@code {"payload":{"url": <the link>}}} with the shared secret, and that link must be this very one.
 */
final class DocsLinkRequests {

    /** Reads the link token of one kind of link (its scope and expiry): {@code SignedLinks::verifyFile}, … */
    @FunctionalInterface
    interface LinkReader {
        FileLink read(String linkToken) throws InvalidTokenException;
    }

    private DocsLinkRequests() {
    }

    /**
     * The prologue of a download the Document Server makes from one of our version links: the link token (which
     * attachment version, not expired) and the Docs token for this very link. Empty after answering 403 with the
     * reason; the caller answers the rest.
     */
    static Optional<FileLink> admit(HttpServletRequest request, HttpServletResponse response, LinkReader reader,
                                    String path, AppSettings settings, TimeSource time) throws IOException {
        String linkToken = request.getParameter("token");
        try {
            FileLink link = reader.read(linkToken);
            verify(request, linkToken, path, settings, time);
            return Optional.of(link);
        } catch (InvalidTokenException e) {
            JsonResponses.send(response, 403, Map.of("error", "forbidden", "message", e.getMessage()));
            return Optional.empty();
        }
    }

    /** The link was good, but what it names is gone. */
    static void notFound(HttpServletResponse response) throws IOException {
        JsonResponses.send(response, 404, Map.of("error", "notFound"));
    }

    static void verify(HttpServletRequest request, String linkToken, String path, AppSettings settings,
                       TimeSource time) throws InvalidTokenException {
        AppSettings.Snapshot s = settings.snapshot();
        String secret = s.jwtSecret().orElseThrow(
                () -> new InvalidTokenException("no JWT secret is configured; unsigned downloads are refused"));
        Map<String, Object> claims = new JwtCodec(secret, new TimeSourceClock(time))
                .verify(JwtCodec.fromHeader(request.getHeader(s.jwtHeader())));
        if (!(claims.get("payload") instanceof Map<?, ?> payload) || !(payload.get("url") instanceof String url)) {
            throw new InvalidTokenException("the Docs token names no URL");
        }
        if (linkToken == null || !linkToken.equals(queryParameter(url, "token")) || !url.contains(path + "?")) {
            throw new InvalidTokenException("the Docs token was issued for another link");
        }
    }

    private static String queryParameter(String url, String name) {
        String query;
        try {
            query = URI.create(url).getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
