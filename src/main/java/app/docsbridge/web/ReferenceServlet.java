package app.docsbridge.web;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.reference.ReferenceException;
import app.docsbridge.core.reference.ReferenceRequest;
import app.docsbridge.core.reference.ReferenceSources;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Linked data between spreadsheets, for the editor page: {@code POST {editorAttachmentId, action, …}} (JSON,
 * XSRF-checked; read-only, but it hands out signed links):
 * <ul>
 *   <li>{@code action:"data"} with {@code referenceData {fileKey, instanceId}}, {@code path} and/or {@code link}
 *       ("Update values", {@code onRequestReferenceData}): {@code {command}} for {@code setReferenceData};</li>
 *   <li>{@code action:"source"} with the picked {@code attachmentId} ("Change source",
 *       {@code onRequestReferenceSource}): {@code {command}} for {@code setReferenceSource};</li>
 *   <li>{@code action:"open"} with the same fields as "data" ("Open source", {@code onRequestOpen}): {@code {url}},
 *       the source's editor page.</li>
 * </ul>
 * Refusals are {@code {error, message}} in the user's language (the editor shows the message): 401, 403 (XSRF),
 * 404 (no such file, or not the user's to see), 409 (a file of another system), 415 (not a spreadsheet), 400,
 * 503 (app not configured).
 */
@AnonymousSiteAccess
public class ReferenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A path or link is a file name or an address; anything much longer is not one the editor sent. */
    static final int MAX_FIELD = 2048;

    private final transient ReferenceSources sources;
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;

    public ReferenceServlet(ReferenceSources sources, Users users, Messages messages, HostUrls hostUrls) {
        this.sources = sources;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        if (!XsrfGuard.allows(request, hostUrls)) {
            send(response, 403, "xsrf", messages.text(locale, "docsbridge.action.error.xsrf"));
            return;
        }
        Map<String, Object> body = ActionRequests.body(request);
        OptionalLong editorAttachmentId = ActionRequests.id(body, "editorAttachmentId");
        String action = ActionRequests.text(body, "action");
        ReferenceRequest reference = reference(body);
        if (editorAttachmentId.isEmpty() || action == null || reference == null) {
            badRequest(response, locale);
            return;
        }
        try {
            switch (action) {
                case "data" -> {
                    if (reference.isEmpty()) {
                        badRequest(response, locale);
                        return;
                    }
                    JsonResponses.send(response, 200, Map.of("command",
                            sources.data(userKey, editorAttachmentId.getAsLong(), reference)));
                }
                case "open" -> {
                    if (reference.isEmpty()) {
                        badRequest(response, locale);
                        return;
                    }
                    JsonResponses.send(response, 200, Map.of("url",
                            sources.openUrl(userKey, editorAttachmentId.getAsLong(), reference)));
                }
                case "source" -> {
                    OptionalLong picked = ActionRequests.id(body, "attachmentId");
                    if (picked.isEmpty()) {
                        badRequest(response, locale);
                        return;
                    }
                    JsonResponses.send(response, 200, Map.of("command",
                            sources.changeSource(userKey, editorAttachmentId.getAsLong(), picked.getAsLong())));
                }
                default -> badRequest(response, locale);
            }
        } catch (ReferenceException e) {
            switch (e.reason()) {
                case LOGIN_REQUIRED -> send(response, 401, "loginRequired",
                        messages.text(locale, "docsbridge.action.error.loginRequired"));
                case NOT_FOUND -> send(response, 404, "notFound",
                        messages.text(locale, "docsbridge.reference.error.notFound"));
                case FOREIGN -> send(response, 409, "foreign",
                        messages.text(locale, "docsbridge.reference.error.foreign"));
                case UNSUPPORTED -> send(response, 415, "unsupported",
                        messages.text(locale, "docsbridge.reference.error.unsupported"));
                case NOT_CONFIGURED -> send(response, 503, "notConfigured",
                        messages.text(locale, "docsbridge.action.error.notConfigured"));
            }
        }
    }

    /** The editor's fields; null when one has the wrong shape (so nothing half-read is looked up). */
    private static ReferenceRequest reference(Map<String, Object> body) {
        Object data = body.get("referenceData");
        if (data != null && !(data instanceof Map<?, ?>)) {
            return null;
        }
        Map<?, ?> map = data == null ? Map.of() : (Map<?, ?>) data;
        Object[] values = {map.get("fileKey"), map.get("instanceId"), body.get("path"), body.get("link")};
        for (Object value : values) {
            if (value != null && !wellFormed(value)) {
                return null;
            }
        }
        return new ReferenceRequest(field(values[0]), field(values[1]), field(values[2]), field(values[3]));
    }

    private static boolean wellFormed(Object value) {
        return (value instanceof String s && s.length() <= MAX_FIELD)
                || value instanceof Integer || value instanceof Long;
    }

    /** A text field, or null when absent or empty; a whole number (a file key given as a number) as its digits. */
    private static String field(Object value) {
        String text = value == null ? null : value.toString().trim();
        return text == null || text.isEmpty() ? null : text;
    }

    private void badRequest(HttpServletResponse response, Locale locale) throws IOException {
        send(response, 400, "badRequest", messages.text(locale, "docsbridge.action.error.badRequest"));
    }

    private static void send(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        JsonResponses.send(response, status, ActionRequests.error(error, message));
    }
}
