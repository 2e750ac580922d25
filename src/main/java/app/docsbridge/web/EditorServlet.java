package app.docsbridge.web;

import app.docsbridge.core.editor.ActionLinks;
import app.docsbridge.core.editor.EditorClient;
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
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        PageResponses.Theme theme = PageResponses.Theme.of(request);
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        if (attachmentId.isEmpty()) {
            pages.message(response, 400, locale, "docsbridge.editor.error.badRequest.title",
                    "docsbridge.editor.error.badRequest", List.of(PageResponses.home(hostUrls.contextPath())), theme);
            return;
        }
        EditorSession session;
        EditorClient client = client(request);
        Map<String, Object> actionLink = ActionLinks.parse(request.getParameter("actionLink")).orElse(Map.of());
        try {
            session = editors.open(attachmentId.getAsLong(), "view".equals(request.getParameter("mode")), client,
                    actionLink);
        } catch (EditorException e) {
            explain(e, request, response, locale, userKey, theme);
            return;
        }
        pages.render(response, 200, TEMPLATE, model(session, locale, userKey, client, actionLink));
    }

    /** The browser as the editor config adapts to it: a phone, and Confluence's colour mode from {@code theme}. */
    static EditorClient client(HttpServletRequest request) {
        return EditorClient.of(request.getHeader("User-Agent"), request.getParameter("theme"));
    }

    private Map<String, Object> model(EditorSession session, Locale locale, String userKey, EditorClient client,
                                      Map<String, Object> actionLink) {
        String fileName = session.attachment().fileName();
        Map<String, Object> data = new LinkedHashMap<>();
        // The text that was signed, embedded as it is (Json.forScriptElement still escapes the whole page data).
        data.put("config", new RawValue(session.configJson()));
        data.put("docsApiUrl", session.docsApiUrl());
        data.put("refreshUrl", hostUrls.contextPath() + EditorConfigServlet.PATH + "?attachmentId="
                + session.attachment().id() + (session.editing() ? "" : "&mode=view")
                + (client.colorMode() == null ? "" : "&theme=" + client.colorMode())
                // A refreshed config (new version saved, reconnect) still opens at the bookmark or comment.
                + (actionLink.isEmpty() ? "" : "&actionLink="
                        + URLEncoder.encode(Json.write(actionLink), StandardCharsets.UTF_8)));
        data.put("historyUrl", hostUrls.contextPath() + HistoryServlet.PATH);
        data.put("attachmentId", session.attachment().id());
        data.put("goBackUrl", hostUrls.contextPath() + "/pages/viewpageattachments.action?pageId="
                + session.attachment().pageId());
        data.put("fileName", fileName);
        data.put("pageId", session.attachment().pageId());
        if (userKey != null) {
            // The Confluence dialogs load on first use, from these files: the file picker while editing (insert
            // image, compare, mail merge, linked data), and Save copy as in view sessions too (as ONLYOFFICE offers
            // it to viewers; the target page's add-attachment permission is checked by the save-as endpoint).
            data.put("pickerResources", WebResourceLinks.get().urls(hostUrls.contextPath(), "file-picker"));
        }
        if (permissions.isSystemAdmin(userKey)) {
            data.put("configureUrl", hostUrls.contextPath() + CONFIGURE_PATH);
        }

        Map<String, Object> model = new LinkedHashMap<>();
        // Plain text, escaped by the product's renderer; only the "...Html" references are inserted as they are.
        model.put("lang", locale.getLanguage());
        model.put("colorMode", client.colorMode() == null ? "" : client.colorMode());
        model.put("title", fileName + " - ONLYOFFICE");
        model.put("contextPath", hostUrls.contextPath());
        model.put("favicon", Favicons.dataUri(session.format().type()));
        model.put("resourceTagsHtml", WebResourceLinks.get().tags(hostUrls.contextPath(), "editor-launcher"));
        model.put("editorDataHtml", Json.forScriptElement(data));
        return model;
    }

    private void explain(EditorException e, HttpServletRequest request, HttpServletResponse response,
                         Locale locale, String userKey, PageResponses.Theme theme) throws IOException {
        String contextPath = hostUrls.contextPath();
        List<PageResponses.Link> back = e.pageId() > 0
                ? List.of(PageResponses.attachments(contextPath, e.pageId()))
                : List.of(PageResponses.home(contextPath));
        switch (e.reason()) {
            case LOGIN_REQUIRED -> {
                String query = request.getQueryString();
                String returnPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())
                        + (query == null ? "" : "?" + query);
                PageResponses.noStore(response);
                response.sendRedirect(hostUrls.loginUrl(returnPath));
            }
            case NOT_FOUND -> pages.message(response, 404, locale, "docsbridge.editor.error.notFound.title",
                    "docsbridge.editor.error.notFound", back, theme);
            case UNSUPPORTED_FORMAT -> pages.message(response, 415, locale,
                    "docsbridge.editor.error.unsupported.title", "docsbridge.editor.error.unsupported", back, theme);
            case TOO_LARGE -> pages.message(response, 413, locale, "docsbridge.editor.error.tooLarge.title",
                    "docsbridge.editor.error.tooLarge", back, theme);
            case NO_DOCS_ADDRESS, NO_SECRET -> {
                boolean admin = permissions.isSystemAdmin(userKey);
                String messageKey = e.reason() == EditorException.Reason.NO_SECRET
                        ? (admin ? "docsbridge.editor.error.noSecret.admin" : "docsbridge.editor.error.notConfigured")
                        : (admin ? "docsbridge.editor.error.noAddress.admin" : "docsbridge.editor.error.notConfigured");
                List<PageResponses.Link> links = new ArrayList<>();
                if (admin) {
                    links.add(new PageResponses.Link(contextPath + CONFIGURE_PATH,
                            "docsbridge.editor.error.configureLink"));
                }
                links.addAll(back);
                pages.message(response, 503, locale, "docsbridge.editor.error.notConfigured.title", messageKey,
                        links, theme);
            }
        }
    }
}
