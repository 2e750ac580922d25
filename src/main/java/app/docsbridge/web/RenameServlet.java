package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
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
    private final transient HostUrls hostUrls;
    private final transient ActionEndpoint endpoint;

    public RenameServlet(AttachmentRenamer renamer, Users users, Messages messages, HostUrls hostUrls) {
        this.renamer = renamer;
        this.hostUrls = hostUrls;
        this.endpoint = new ActionEndpoint(users, messages, hostUrls);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.change(request, response, this::rename);
    }

    private void rename(ActionEndpoint.Caller caller, Map<String, Object> body) throws IOException {
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        String title = ActionRequests.text(body, "title");
        if (attachmentId.isEmpty() || title == null) {
            caller.badRequest();
            return;
        }
        try {
            StoredAttachment renamed = renamer.rename(caller.userKey(), attachmentId.getAsLong(), title);
            caller.answer(ActionRequests.describe(renamed, hostUrls));
        } catch (RenameException e) {
            switch (e.reason()) {
                case LOGIN_REQUIRED -> caller.loginRequired();
                case NOT_FOUND -> caller.refuse(404, "notFound", "docsbridge.rename.error.notFound");
                case FORBIDDEN -> caller.refuse(403, "forbidden", "docsbridge.rename.error.forbidden");
                case NAME_TAKEN -> caller.refuse(409, "nameTaken", "docsbridge.rename.error.taken");
                case INVALID_NAME -> {
                    FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                    caller.invalidName(caller.text("docsbridge.rename.error.invalid",
                            caller.nameMessage(problem)), problem);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            caller.refuse(500, "storeFailed", "docsbridge.rename.error.storeFailed");
        }
    }
}
