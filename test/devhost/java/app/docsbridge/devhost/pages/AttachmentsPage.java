package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /pages/viewpageattachments.action?pageId=…}: the page's attachments with the app's web-items of section
 * {@code system.attachment} per row and of {@code system.content.button} once, like Confluence's attachments view.
 */
public final class AttachmentsPage extends HttpServlet {

    private final DevSpace space;
    private final AttachmentStore attachments;
    private final MemoryPermissions permissions;
    private final Users users;
    private final UserDirectory directory;
    private final HostUrls urls;
    private final WebItems webItems;
    private final PageLayout layout;

    public AttachmentsPage(DevSpace space, AttachmentStore attachments, MemoryPermissions permissions, Users users,
                           UserDirectory directory, HostUrls urls, WebItems webItems, PageLayout layout) {
        this.space = space;
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.directory = directory;
        this.urls = urls;
        this.webItems = webItems;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevPage> page = parseId(req.getParameter("pageId")).flatMap(space::page);
        if (page.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page");
            return;
        }
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (!permissions.canViewPage(userKey, page.get().id())) {
            if (userKey == null) {
                resp.sendRedirect(urls.loginUrl("/pages/viewpageattachments.action?" + req.getQueryString()));
            } else {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "you may not view this page");
            }
            return;
        }
        space.recordView(userKey, page.get().id());
        layout.write(resp, "Attachments - " + page.get().title(),
                body(page.get(), users.current().map(ConfluenceObjects::user).orElse(null), users.locale(userKey)));
    }

    private String body(DevPage page, Object user, Locale locale) {
        Object pageObject = ConfluenceObjects.page(page);
        Map<String, String> pageVariables = pageVariables(page);
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(page.title())).append("</h1>\n")
                .append("<p>Space: ").append(Html.escape(DevSpace.NAME)).append(" (").append(DevSpace.KEY).append(")</p>\n")
                .append("<div class=\"content-buttons\">")
                .append(webItems.render("system.content.button", context(user, pageObject, null), pageVariables, locale))
                .append("</div>\n")
                .append("<table class=\"attachments\">\n<thead><tr><th>File</th><th>Version</th><th>Size</th>"
                        + "<th>Modified by</th><th>Modified</th><th>Actions</th></tr></thead>\n<tbody>\n");
        for (StoredAttachment a : attachments.listOnPage(page.id())) {
            Map<String, String> variables = new LinkedHashMap<>(pageVariables);
            variables.put("attachment.id", Long.toString(a.id()));
            variables.put("attachment.fileName", Html.pathSegment(a.fileName()));
            variables.put("attachment.pageId", Long.toString(a.pageId()));
            variables.put("attachment.version", Integer.toString(a.version()));
            String download = urls.contextPath() + "/download/attachments/" + a.pageId() + "/"
                    + Html.pathSegment(a.fileName()) + "?version=" + a.version();
            String modifier = a.lastModifierKey() == null ? "" : directory.byKey(a.lastModifierKey())
                    .map(u -> u.user().displayName()).orElse(a.lastModifierKey());
            html.append("<tr data-attachment-id=\"").append(a.id()).append("\">")
                    .append("<td class=\"filename\"><a href=\"").append(Html.escape(download)).append("\">")
                    .append(Html.escape(a.fileName())).append("</a></td>")
                    .append("<td class=\"version\">").append(a.version()).append("</td>")
                    .append("<td class=\"size\">").append(a.size()).append(" bytes</td>")
                    .append("<td class=\"modifier\">").append(Html.escape(modifier)).append("</td>")
                    .append("<td class=\"modified\">").append(Html.escape(a.modified())).append("</td>")
                    .append("<td class=\"actions\">")
                    .append(webItems.render("system.attachment", context(user, pageObject, ConfluenceObjects.attachment(a, pageObject)),
                            variables, locale))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /**
     * What Confluence's {@code DefaultWebInterfaceContext} holds for these sections (Confluence 8.7.2, decompiled,
     * com/atlassian/confluence/plugin/descriptor/web/DefaultWebInterfaceContext.java): {@code user} (the signed-in
     * ConfluenceUser, null for anonymous visitors), {@code page}, {@code space} with its id under {@code spaceid},
     * {@code spacekey}, and per attachment row {@code attachment}.
     */
    private static Map<String, Object> context(Object user, Object page, Object attachment) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("user", user);
        context.put("page", page);
        context.put("space", ConfluenceObjects.space(DevSpace.ID, DevSpace.KEY, DevSpace.NAME));
        context.put("spaceid", DevSpace.ID);
        context.put("spacekey", DevSpace.KEY);
        if (attachment != null) {
            context.put("attachment", attachment);
        }
        return context;
    }

    private static Map<String, String> pageVariables(DevPage page) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("page.id", Long.toString(page.id()));
        variables.put("helper.page.id", Long.toString(page.id()));
        variables.put("space.key", DevSpace.KEY);
        variables.put("spacekey", DevSpace.KEY);
        return variables;
    }

    static Optional<Long> parseId(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
