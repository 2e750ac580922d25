package app.docsbridge.web;

import app.docsbridge.core.create.FileNames;
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
    private final transient HostUrls hostUrls;
    private final transient AppSettings settings;
    private final transient ActionEndpoint endpoint;

    public SaveAsServlet(CopySaver saver, Users users, Messages messages, HostUrls hostUrls, AppSettings settings) {
        this.saver = saver;
        this.hostUrls = hostUrls;
        this.settings = settings;
        this.endpoint = new ActionEndpoint(users, messages, hostUrls);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.change(request, response, this::saveCopy);
    }

    private void saveCopy(ActionEndpoint.Caller caller, Map<String, Object> body) throws IOException {
        OptionalLong editorAttachmentId = ActionRequests.id(body, "editorAttachmentId");
        OptionalLong pageId = ActionRequests.id(body, "pageId");
        String url = ActionRequests.text(body, "url");
        String fileType = ActionRequests.text(body, "fileType");
        if (editorAttachmentId.isEmpty() || pageId.isEmpty() || url == null || fileType == null) {
            caller.badRequest();
            return;
        }
        try {
            StoredAttachment saved = saver.save(caller.userKey(), editorAttachmentId.getAsLong(), pageId.getAsLong(),
                    url, fileType, ActionRequests.text(body, "fileName"));
            caller.answer(ActionRequests.describe(saved, hostUrls));
        } catch (SaveCopyException e) {
            refuse(caller, e, fileType);
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            caller.refuse(500, "storeFailed", "docsbridge.create.error.storeFailed");
        }
    }

    private void refuse(ActionEndpoint.Caller caller, SaveCopyException e, String fileType) throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> caller.loginRequired();
            case NOT_FOUND -> caller.refuse(404, "notFound", "docsbridge.saveAs.error.notFound");
            case PAGE_NOT_FOUND -> caller.refuse(404, "pageNotFound", "docsbridge.saveAs.error.pageNotFound");
            case FORBIDDEN -> caller.refuse(403, "forbidden", "docsbridge.saveAs.error.forbidden");
            case UNSUPPORTED -> caller.refuse(415, "unsupported", "docsbridge.saveAs.error.unsupported", fileType);
            case INVALID_NAME -> {
                FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                caller.invalidName(caller.nameMessage(problem), problem);
            }
            case FOREIGN_URL -> caller.refuse(400, "foreignUrl", "docsbridge.saveAs.error.foreignUrl");
            case TOO_LARGE -> caller.refuse(413, "tooLarge", "docsbridge.saveAs.error.tooLarge",
                    settings.snapshot().maxResultBytes() / (1024 * 1024));
            case BAD_CONTENT -> caller.refuse(422, "badContent", "docsbridge.saveAs.error.badContent");
            case DOCS_UNAVAILABLE -> caller.refuse(502, "docsUnavailable", "docsbridge.saveAs.error.unavailable");
            case NOT_CONFIGURED -> caller.notConfigured();
        }
    }
}
