package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.memory.CollectingPageResources;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.memory.PageBodies;
import app.docsbridge.devhost.webresources.WebResourceTags;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /pages/viewpage.action?pageId=ID[&outputType=TYPE][&historic=true]}: the page's body (storage format) with
 * its macros rendered through the app's macro classes. {@code outputType} is ConversionContext's output type
 * (display by default; preview, pdf, word, html_export, email, feed, diff); {@code historic=true} renders the body as
 * an old version of the page (an entity that is not the latest version, as in page history). The resources the
 * macros required are written once, after the body.
 */
public final class PageViewPage extends HttpServlet {

    static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "pdf", "word", "html_export", "email", "feed",
            "diff");

    private final DevSpace space;
    private final PageBodies bodies;
    private final MemoryPermissions permissions;
    private final Users users;
    private final HostUrls urls;
    private final Map<String, Macro> macros;
    private final CollectingPageResources resources;
    private final WebResourceTags tags;
    private final PageLayout layout;

    public PageViewPage(DevSpace space, PageBodies bodies, MemoryPermissions permissions, Users users, HostUrls urls,
                        Map<String, Macro> macros, CollectingPageResources resources, WebResourceTags tags,
                        PageLayout layout) {
        this.space = space;
        this.bodies = bodies;
        this.permissions = permissions;
        this.users = users;
        this.urls = urls;
        this.macros = macros;
        this.resources = resources;
        this.tags = tags;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DevPage> page = AttachmentsPage.parseId(req.getParameter("pageId")).flatMap(space::page);
        String outputType = Optional.ofNullable(req.getParameter("outputType")).orElse("display");
        if (page.isEmpty() || !OUTPUT_TYPES.contains(outputType)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page or output type");
            return;
        }
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (!permissions.canViewPage(userKey, page.get().id())) {
            if (userKey == null) {
                resp.sendRedirect(urls.loginUrl("/pages/viewpage.action?" + req.getQueryString()));
            } else {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "not allowed");
            }
            return;
        }
        space.recordView(userKey, page.get().id());
        ContentEntityObject entity = entity(page.get(), "true".equals(req.getParameter("historic")));
        resources.drain();
        String body;
        try {
            body = StorageFormat.render(bodies.body(page.get().id()).orElse(""), macros,
                    new DevConversionContext(entity, DevSpace.KEY, outputType));
        } catch (Exception e) {
            resources.drain();
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "cannot render the body: " + e.getMessage());
            return;
        }
        List<String> required = resources.drain();
        String html = "<h1 id=\"title-text\">" + Html.escape(page.get().title()) + "</h1>\n"
                + "<div id=\"main-content\" class=\"wiki-content\">" + body + "</div>\n"
                + tags.render(List.of(), required, List.of("atl.general"));
        layout.write(resp, page.get().title(), html);
    }

    /** A page or blog post entity with the id; historic: an old version whose latest version is that entity. */
    private ContentEntityObject entity(DevPage page, boolean historic) {
        ContentEntityObject current = space.isBlogPost(page.id()) ? new BlogPost() : new Page();
        current.setId(page.id());
        current.setTitle(page.title());
        if (!historic) {
            return current;
        }
        ContentEntityObject old = space.isBlogPost(page.id()) ? new BlogPost() : new Page();
        old.setId(page.id() * 1000 + 1);
        old.setTitle(page.title());
        old.setOriginalVersion(current);
        return old;
    }
}
