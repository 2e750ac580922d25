package app.docsbridge.web;

import app.docsbridge.core.create.CreateException;
import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.AppUser;
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
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;
    private final transient ActionPages actionPages;

    public CreateServlet(DocumentCreator creator, Users users, Messages messages, HostUrls hostUrls,
                         PageRenderer renderer) {
        this.creator = creator;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.actionPages = new ActionPages(new PageResponses(renderer, messages), hostUrls);
    }

    /** "New document" opened as a page (middle click): say where it works instead of answering JSON. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        actionPages.continueOnAttachments(request, response, users.locale(userKey), "docsbridge.actionPage.create",
                RequestParams.positiveLong(request, "pageId"));
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
        OptionalLong pageId = ActionRequests.id(body, "pageId");
        if (pageId.isEmpty()) {
            JsonResponses.send(response, 400, ActionRequests.error("badRequest",
                    messages.text(locale, "docsbridge.action.error.badRequest")));
            return;
        }
        try {
            StoredAttachment created = creator.create(userKey, pageId.getAsLong(),
                    ActionRequests.text(body, "type"), ActionRequests.text(body, "fileName"));
            JsonResponses.send(response, 200, ActionRequests.describe(created, hostUrls));
        } catch (CreateException e) {
            refuse(response, locale, e);
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            JsonResponses.send(response, 500, ActionRequests.error("storeFailed",
                    messages.text(locale, "docsbridge.create.error.storeFailed")));
        }
    }

    private void refuse(HttpServletResponse response, Locale locale, CreateException e) throws IOException {
        switch (e.reason()) {
            case LOGIN_REQUIRED -> JsonResponses.send(response, 401, ActionRequests.error("loginRequired",
                    messages.text(locale, "docsbridge.action.error.loginRequired")));
            case FORBIDDEN -> JsonResponses.send(response, 403, ActionRequests.error("forbidden",
                    messages.text(locale, "docsbridge.create.error.forbidden")));
            case NOT_CONFIGURED -> JsonResponses.send(response, 503, ActionRequests.error("notConfigured",
                    messages.text(locale, "docsbridge.action.error.notConfigured")));
            case UNKNOWN_TYPE -> JsonResponses.send(response, 400, ActionRequests.error("unknownType",
                    messages.text(locale, "docsbridge.create.error.unknownType")));
            case INVALID_NAME -> {
                FileNames.Problem problem = e.nameProblem().orElse(FileNames.Problem.EMPTY);
                Map<String, Object> json = ActionRequests.error("invalidName", nameMessage(messages, locale, problem));
                json.put("problem", problem.name());
                JsonResponses.send(response, 400, json);
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
