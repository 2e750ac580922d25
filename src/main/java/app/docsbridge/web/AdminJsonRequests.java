package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The prologue the Configure page's JSON endpoints share ({@link SettingsServlet}, {@link ForgottenFilesServlet}):
 * only a signed-in system administrator gets past it, a request that changes anything must also pass
 * {@link XsrfGuard}, and request bodies are read once, bounded, as a JSON object (an empty map when they are not).
 */
final class AdminJsonRequests {

    private final Users users;
    private final Permissions permissions;
    private final HostUrls hostUrls;

    AdminJsonRequests(Users users, Permissions permissions, HostUrls hostUrls) {
        this.users = users;
        this.permissions = permissions;
        this.hostUrls = hostUrls;
    }

    /**
     * The caller's user key when a system administrator (and, for {@code changes}, the request is XSRF-safe);
     * otherwise answers 401 or 403 with the reason ({@code loginRequired}, {@code forbidden}, {@code xsrf}) and
     * returns empty.
     */
    Optional<String> admin(HttpServletRequest request, HttpServletResponse response, boolean changes)
            throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (userKey == null) {
            JsonResponses.send(response, 401, Map.of("error", "loginRequired"));
            return Optional.empty();
        }
        if (!permissions.isSystemAdmin(userKey)) {
            JsonResponses.send(response, 403, Map.of("error", "forbidden"));
            return Optional.empty();
        }
        if (changes && !XsrfGuard.allows(request, hostUrls)) {
            JsonResponses.send(response, 403, Map.of("error", "xsrf"));
            return Optional.empty();
        }
        return Optional.of(userKey);
    }

    /**
     * The request's JSON object, read at most once per request (later calls get the same map): empty when the body
     * is larger than {@code maxBytes}, unreadable or not a JSON object.
     */
    static Map<String, Object> body(HttpServletRequest request, int maxBytes) {
        String attribute = AdminJsonRequests.class.getName() + ".body";
        if (request.getAttribute(attribute) instanceof Map<?, ?> cached) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) cached;
            return body;
        }
        Map<String, Object> body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            body = bytes.length > maxBytes ? Map.of() : Json.readObject(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            body = Map.of();
        }
        request.setAttribute(attribute, body);
        return body;
    }
}
