package app.docsbridge.web;

import app.docsbridge.core.create.CreateException;
import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code POST /plugins/servlet/onlyoffice/create} with {@code {pageId, type: "docx"|"xlsx"|"pptx"|"pdf", fileName}}:
 * stores a blank document as a new attachment of the page and answers {@code {id, pageId, fileName, editorUrl}}.
 * Errors answer {@code {error, message}}; a refused name also {@code problem}. Signed-in users only (the product's
 * default); XSRF-protected; never by GET.
 */
public class CreateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DocumentCreator creator;
    private final transient HostUrls hostUrls;
    private final transient ActionEndpoint endpoint;
    private final transient ActionPages actionPages;

    public CreateServlet(DocumentCreator creator, Users users, Messages messages, HostUrls hostUrls,
                         PageRenderer renderer) {
        this.creator = creator;
        this.hostUrls = hostUrls;
        this.endpoint = new ActionEndpoint(users, messages, hostUrls);
        this.actionPages = new ActionPages(new PageResponses(renderer, messages), hostUrls);
    }

    /** "New document" opened as a page (middle click): say where it works instead of answering JSON. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        actionPages.continueOnAttachments(request, response, endpoint.caller(response).locale(),
                "docsbridge.actionPage.create", RequestParams.positiveLong(request, "pageId"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endpoint.change(request, response, this::create);
    }

    private void create(ActionEndpoint.Caller caller, Map<String, Object> body) throws IOException {
        OptionalLong pageId = ActionRequests.id(body, "pageId");
        if (pageId.isEmpty()) {
            caller.badRequest();
            return;
        }
        try {
            StoredAttachment created = creator.create(caller.userKey(), pageId.getAsLong(),
                    ActionRequests.text(body, "type"), ActionRequests.text(body, "fileName"));
            caller.answer(ActionRequests.describe(created, hostUrls));
        } catch (CreateException e) {
            refuse(caller, e);
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            caller.refuse(500, "storeFailed", "docsbridge.create.error.storeFailed");
        }
    }

    private static void refuse(ActionEndpoint.Caller caller, CreateException e) throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> caller.loginRequired();
            case FORBIDDEN -> caller.refuse(403, "forbidden", "docsbridge.create.error.forbidden");
            case NOT_CONFIGURED -> caller.notConfigured();
            case UNKNOWN_TYPE -> caller.refuse(400, "unknownType", "docsbridge.create.error.unknownType");
            case INVALID_NAME -> {
                FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                caller.invalidName(caller.nameMessage(problem), problem);
            }
        }
    }

    /** The message for a refused name; shared with "Download as". */
    static String nameMessage(Messages messages, Locale locale, FileNames.Problem problem) {
        return switch (problem) {
            case EMPTY -> messages.text(locale, "docsbridge.create.name.empty");
            case TOO_LONG -> messages.text(locale, "docsbridge.create.name.tooLong", FileNames.MAX_LENGTH);
            case FORBIDDEN_CHARACTER -> messages.text(locale, "docsbridge.create.name.forbiddenCharacter");
            case CONTROL_CHARACTER -> messages.text(locale, "docsbridge.create.name.controlCharacter");
            case DOTS_ONLY -> messages.text(locale, "docsbridge.create.name.dotsOnly");
        };
    }
}
