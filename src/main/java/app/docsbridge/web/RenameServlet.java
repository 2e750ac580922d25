package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.rename.AttachmentRenamer;
import app.docsbridge.core.rename.RenameException;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The editor's File > Rename: {@code POST {attachmentId, title}} (JSON, XSRF-checked; the title without the
 * extension) renames the attachment and answers {@code {id, pageId, fileName, editorUrl}}. Refusals are
 * {@code {error, message}} in the user's language, and nothing is renamed on any of them.
 */
@AnonymousSiteAccess
public class RenameServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient AttachmentRenamer renamer;
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;

    public RenameServlet(AttachmentRenamer renamer, Users users, Messages messages, HostUrls hostUrls) {
        this.renamer = renamer;
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
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        String title = ActionRequests.text(body, "title");
        if (attachmentId.isEmpty() || title == null) {
            send(response, 400, "badRequest", messages.text(locale, "docsbridge.action.error.badRequest"));
            return;
        }
        try {
            StoredAttachment renamed = renamer.rename(userKey, attachmentId.getAsLong(), title);
            JsonResponses.send(response, 200, ActionRequests.describe(renamed, hostUrls));
        } catch (RenameException e) {
            switch (e.reason()) {
                case LOGIN_REQUIRED -> send(response, 401, "loginRequired",
                        messages.text(locale, "docsbridge.action.error.loginRequired"));
                case NOT_FOUND -> send(response, 404, "notFound", messages.text(locale, "docsbridge.rename.error.notFound"));
                case FORBIDDEN -> send(response, 403, "forbidden", messages.text(locale, "docsbridge.rename.error.forbidden"));
                case NAME_TAKEN -> send(response, 409, "nameTaken", messages.text(locale, "docsbridge.rename.error.taken"));
                case INVALID_NAME -> {
                    FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                    Map<String, Object> json = ActionRequests.error("invalidName",
                            messages.text(locale, "docsbridge.rename.error.invalid",
                                    CreateServlet.nameMessage(messages, locale, problem)));
                    json.put("problem", problem.name());
                    JsonResponses.send(response, 400, json);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            send(response, 500, "storeFailed", messages.text(locale, "docsbridge.rename.error.storeFailed"));
        }
    }

    private static void send(HttpServletResponse response, int status, String error, String message) throws IOException {
        JsonResponses.send(response, status, ActionRequests.error(error, message));
    }
}
