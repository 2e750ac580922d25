package app.docsbridge.web;

import app.docsbridge.core.editor.EditorConfigService;
import app.docsbridge.core.editor.EditorException;
import app.docsbridge.core.editor.EditorSession;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.Permissions;
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
 * {@code /plugins/servlet/onlyoffice/doceditor?attachmentId=<id>[&mode=view]}: the full-window editor page. Anonymous
 * visitors may view where the space allows it; permissions are checked by {@link EditorConfigService}.
 */
@AnonymousSiteAccess
public class EditorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/editor.vm";
    static final String CONFIGURE_PATH = "/plugins/servlet/onlyoffice/configure";

    private final transient EditorConfigService editors;
    private final transient Users users;
    private final transient Permissions permissions;
    private final transient HostUrls hostUrls;
    private final transient PageResponses pages;

    public EditorServlet(EditorConfigService editors, Users users, Permissions permissions, PageRenderer renderer,
                         Messages messages, HostUrls hostUrls) {
        this.editors = editors;
        this.users = users;
        this.permissions = permissions;
        this.hostUrls = hostUrls;
        this.pages = new PageResponses(renderer, messages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        if (attachmentId.isEmpty()) {
            pages.message(response, 400, locale, "docsbridge.editor.error.title", "docsbridge.editor.error.badRequest",
                    null, null);
            return;
        }
        EditorSession session;
        try {
            session = editors.open(attachmentId.getAsLong(), "view".equals(request.getParameter("mode")));
        } catch (EditorException e) {
            explain(e.reason(), request, response, locale, userKey);
            return;
        }
        pages.render(response, 200, TEMPLATE, model(session, locale, userKey));
    }

    private Map<String, Object> model(EditorSession session, Locale locale, String userKey) {
        String fileName = session.attachment().fileName();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("config", session.config());
        data.put("docsApiUrl", session.docsApiUrl());
        data.put("refreshUrl", hostUrls.contextPath() + EditorConfigServlet.PATH + "?attachmentId="
                + session.attachment().id() + (session.editing() ? "" : "&mode=view"));
        data.put("historyUrl", hostUrls.contextPath() + HistoryServlet.PATH);
        data.put("attachmentId", session.attachment().id());
        data.put("goBackUrl", hostUrls.contextPath() + "/pages/viewpageattachments.action?pageId="
                + session.attachment().pageId());
        data.put("fileName", fileName);
        if (permissions.isSystemAdmin(userKey)) {
            data.put("configureUrl", hostUrls.contextPath() + CONFIGURE_PATH);
        }

        Map<String, Object> model = new LinkedHashMap<>();
        // Plain text, escaped by the product's renderer; only the "...Html" references are inserted as they are.
        model.put("lang", locale.getLanguage());
        model.put("title", fileName + " - ONLYOFFICE");
        model.put("contextPath", hostUrls.contextPath());
        model.put("favicon", Favicons.dataUri(session.format().type()));
        model.put("resourceTagsHtml", WebResourceLinks.get().tags(hostUrls.contextPath(), "editor-launcher"));
        model.put("editorDataHtml", Json.forScriptElement(data));
        return model;
    }

    private void explain(EditorException.Reason reason, HttpServletRequest request, HttpServletResponse response,
                         Locale locale, String userKey) throws IOException {
        switch (reason) {
            case LOGIN_REQUIRED -> {
                String query = request.getQueryString();
                String returnPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())
                        + (query == null ? "" : "?" + query);
                PageResponses.noStore(response);
                response.sendRedirect(hostUrls.loginUrl(returnPath));
            }
            case NOT_FOUND -> pages.message(response, 404, locale, "docsbridge.editor.error.title",
                    "docsbridge.editor.error.notFound", null, null);
            case UNSUPPORTED_FORMAT -> pages.message(response, 415, locale, "docsbridge.editor.error.title",
                    "docsbridge.editor.error.unsupported", null, null);
            case TOO_LARGE -> pages.message(response, 413, locale, "docsbridge.editor.error.title",
                    "docsbridge.editor.error.tooLarge", null, null);
            case NO_DOCS_ADDRESS, NO_SECRET -> {
                boolean admin = permissions.isSystemAdmin(userKey);
                String messageKey = reason == EditorException.Reason.NO_SECRET
                        ? (admin ? "docsbridge.editor.error.noSecret.admin" : "docsbridge.editor.error.notConfigured")
                        : (admin ? "docsbridge.editor.error.noAddress.admin" : "docsbridge.editor.error.notConfigured");
                pages.message(response, 503, locale, "docsbridge.editor.error.title", messageKey,
                        admin ? hostUrls.contextPath() + CONFIGURE_PATH : null,
                        admin ? "docsbridge.editor.error.configureLink" : null);
            }
        }
    }
}
