package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.saveas.CopySaver;
import app.docsbridge.core.saveas.SaveCopyException;
import app.docsbridge.core.settings.AppSettings;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The editor's "Save copy as": {@code POST {editorAttachmentId, pageId, url, fileType, fileName}} (JSON, XSRF-checked)
 * stores the Docs server's copy as a new attachment of the page and answers {@code {id, pageId, fileName, editorUrl}}.
 * Refusals are {@code {error, message}} in the user's language; nothing is stored on any of them.
 */
@AnonymousSiteAccess
public class SaveAsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient CopySaver saver;
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;
    private final transient AppSettings settings;

    public SaveAsServlet(CopySaver saver, Users users, Messages messages, HostUrls hostUrls, AppSettings settings) {
        this.saver = saver;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.settings = settings;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        if (!XsrfGuard.allows(request, hostUrls)) {
            JsonResponses.send(response, 403, ActionRequests.error("xsrf",
                    messages.text(locale, "docsbridge.action.error.xsrf")));
            return;
        }
        Map<String, Object> body = ActionRequests.body(request);
        OptionalLong editorAttachmentId = ActionRequests.id(body, "editorAttachmentId");
        OptionalLong pageId = ActionRequests.id(body, "pageId");
        String url = ActionRequests.text(body, "url");
        String fileType = ActionRequests.text(body, "fileType");
        if (editorAttachmentId.isEmpty() || pageId.isEmpty() || url == null || fileType == null) {
            JsonResponses.send(response, 400, ActionRequests.error("badRequest",
                    messages.text(locale, "docsbridge.action.error.badRequest")));
            return;
        }
        try {
            StoredAttachment saved = saver.save(userKey, editorAttachmentId.getAsLong(), pageId.getAsLong(), url,
                    fileType, ActionRequests.text(body, "fileName"));
            JsonResponses.send(response, 200, ActionRequests.describe(saved, hostUrls));
        } catch (SaveCopyException e) {
            refuse(response, locale, e, fileType);
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            JsonResponses.send(response, 500, ActionRequests.error("storeFailed",
                    messages.text(locale, "docsbridge.create.error.storeFailed")));
        }
    }

    private void refuse(HttpServletResponse response, Locale locale, SaveCopyException e, String fileType)
            throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> send(response, 401, "loginRequired",
                    messages.text(locale, "docsbridge.action.error.loginRequired"));
            case NOT_FOUND -> send(response, 404, "notFound", messages.text(locale, "docsbridge.saveAs.error.notFound"));
            case PAGE_NOT_FOUND -> send(response, 404, "pageNotFound",
                    messages.text(locale, "docsbridge.saveAs.error.pageNotFound"));
            case FORBIDDEN -> send(response, 403, "forbidden", messages.text(locale, "docsbridge.saveAs.error.forbidden"));
            case UNSUPPORTED -> send(response, 415, "unsupported",
                    messages.text(locale, "docsbridge.saveAs.error.unsupported", fileType));
            case INVALID_NAME -> {
                FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                Map<String, Object> json = ActionRequests.error("invalidName",
                        CreateServlet.nameMessage(messages, locale, problem));
                json.put("problem", problem.name());
                JsonResponses.send(response, 400, json);
            }
            case FOREIGN_URL -> send(response, 400, "foreignUrl", messages.text(locale, "docsbridge.saveAs.error.foreignUrl"));
            case TOO_LARGE -> send(response, 413, "tooLarge", messages.text(locale, "docsbridge.saveAs.error.tooLarge",
                    settings.snapshot().maxResultBytes() / (1024 * 1024)));
            case BAD_CONTENT -> send(response, 422, "badContent", messages.text(locale, "docsbridge.saveAs.error.badContent"));
            case DOCS_UNAVAILABLE -> send(response, 502, "docsUnavailable",
                    messages.text(locale, "docsbridge.saveAs.error.unavailable"));
            case NOT_CONFIGURED -> send(response, 503, "notConfigured",
                    messages.text(locale, "docsbridge.action.error.notConfigured"));
        }
    }

    private static void send(HttpServletResponse response, int status, String error, String message) throws IOException {
        JsonResponses.send(response, status, ActionRequests.error(error, message));
    }
}
