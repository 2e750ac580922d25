package app.docsbridge.web;

import app.docsbridge.core.history.HistoryException;
import app.docsbridge.core.history.HistoryService;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The editor's version history, for the launcher:
 * {@code GET …/history?attachmentId=<id>} lists the versions ({@code refreshHistory});
 * {@code GET …/history?attachmentId=<id>&version=<n>} gives the signed version data ({@code setHistoryData});
 * {@code POST …/history} {@code {attachmentId, version, url?, key}} restores a version (edit permission, XSRF guard).
 * Reads need view permission, as the attachment's own version list in Confluence does.
 */
@AnonymousSiteAccess
public class HistoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/plugins/servlet/onlyoffice/history";

    private final transient HistoryService history;
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;

    public HistoryServlet(HistoryService history, Users users, Messages messages, HostUrls hostUrls) {
        this.history = history;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        String versionParam = request.getParameter("version");
        OptionalLong version = versionParam == null ? OptionalLong.empty() : RequestParams.positiveLong(versionParam);
        if (attachmentId.isEmpty() || (versionParam != null && (version.isEmpty()
                || version.getAsLong() > Integer.MAX_VALUE))) {
            JsonResponses.send(response, 400, ActionRequests.error("badRequest", text("docsbridge.history.error.badRequest")));
            return;
        }
        PageResponses.noStore(response);
        try {
            Object answer = version.isPresent()
                    ? history.data(attachmentId.getAsLong(), (int) version.getAsLong())
                    : history.list(attachmentId.getAsLong());
            JsonResponses.send(response, 200, answer);
        } catch (HistoryException e) {
            refuse(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!XsrfGuard.allows(request, hostUrls)) {
            JsonResponses.send(response, 403, ActionRequests.error("xsrf", text("docsbridge.history.error.badRequest")));
            return;
        }
        Map<String, Object> body = ActionRequests.body(request);
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        OptionalLong version = ActionRequests.id(body, "version");
        if (attachmentId.isEmpty() || version.isEmpty() || version.getAsLong() > Integer.MAX_VALUE) {
            JsonResponses.send(response, 400, ActionRequests.error("badRequest", text("docsbridge.history.error.badRequest")));
            return;
        }
        try {
            StoredAttachment restored = history.restore(attachmentId.getAsLong(), (int) version.getAsLong(),
                    ActionRequests.text(body, "url"), ActionRequests.text(body, "key"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("version", restored.version());
            answer.put("restoredFrom", version.getAsLong());
            JsonResponses.send(response, 200, answer);
        } catch (HistoryException e) {
            refuse(response, e);
        }
    }

    private void refuse(HttpServletResponse response, HistoryException e) throws IOException {
        int status = switch (e.reason()) {
            case LOGIN_REQUIRED -> 401;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case STALE, CO_EDITING -> 409;
            case NOT_CONFIGURED -> 503;
            case FAILED -> 500;
        };
        String key = switch (e.reason()) {
            case LOGIN_REQUIRED -> "docsbridge.history.error.login";
            case NOT_FOUND -> "docsbridge.history.error.notFound";
            case FORBIDDEN -> "docsbridge.history.error.forbidden";
            case STALE -> "docsbridge.history.error.stale";
            case CO_EDITING -> "docsbridge.history.error.coEditing";
            case NOT_CONFIGURED -> "docsbridge.history.error.notConfigured";
            case FAILED -> "docsbridge.history.error.failed";
        };
        JsonResponses.send(response, status, ActionRequests.error(e.reason().name(), text(key)));
    }

    private String text(String key) {
        Locale locale = users.locale(users.current().map(AppUser::key).orElse(null));
        return messages.text(locale, key);
    }
}
