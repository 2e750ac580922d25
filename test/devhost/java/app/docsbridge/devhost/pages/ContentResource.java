package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.MemoryPermissions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's {@code GET /rest/api/content/{id}?expand=…} (REST API v1, Confluence Data Center 7–10) for pages and
 * blog posts: {@code id} as a string, {@code type} ({@code page} or {@code blogpost}), {@code status}, {@code title};
 * {@code space} ({@code key}, {@code name}) and {@code history.createdDate} only when expanded. Content that does not
 * exist or that the user may not view answers 404 "No content found with id", as Confluence answers both (it never
 * tells a visitor that a restricted page exists); a non-numeric id answers 404 too.
 */
public final class ContentResource extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** When the dev host's pages were created; the blog post was posted on {@link DevSpace#BLOG_POST_DAY}. */
    private static final String PAGES_CREATED = "2026-10-01T09:00:00.000Z";

    private final transient DevSpace space;
    private final transient MemoryPermissions permissions;
    private final transient Users users;

    public ContentResource(DevSpace space, MemoryPermissions permissions, Users users) {
        this.space = space;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        String id = Optional.ofNullable(req.getPathInfo()).orElse("/").substring(1);
        Optional<DevPage> page = id.matches("\\d{1,18}") ? space.page(Long.parseLong(id)) : Optional.empty();
        // Drafts only with ?status=draft (or any): the status parameter defaults to current (Confluence REST API,
        // GET /rest/api/content/{id}).
        List<String> statuses = List.of(Optional.ofNullable(req.getParameter("status")).orElse("current").split(","));
        boolean statusMatches = page.isPresent() && (statuses.contains("any")
                || statuses.contains(space.isDraft(page.get().id()) ? "draft" : "current"));
        if (page.isEmpty() || !statusMatches || !permissions.canViewPage(userKey, page.get().id())) {
            write(resp, 404, Map.of("statusCode", 404, "message", "No content found with id: " + id));
            return;
        }
        List<String> expand = List.of(Optional.ofNullable(req.getParameter("expand")).orElse("").split(","));
        boolean blog = space.isBlogPost(page.get().id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(page.get().id()));
        json.put("type", blog ? "blogpost" : "page");
        json.put("status", space.isDraft(page.get().id()) ? "draft" : "current");
        json.put("title", page.get().title());
        if (expand.contains("space")) {
            json.put("space", Map.of("key", DevSpace.KEY, "name", DevSpace.NAME));
        }
        if (expand.contains("history")) {
            json.put("history", Map.of("latest", true, "createdDate",
                    blog ? DevSpace.BLOG_POST_DAY + "T09:00:00.000Z" : PAGES_CREATED));
        }
        json.put("_links", Map.of("webui", "/pages/viewpage.action?pageId=" + page.get().id()));
        write(resp, 200, json);
    }

    private static void write(HttpServletResponse resp, int status, Object value) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache, must-revalidate");
        JSON.writeValue(resp.getOutputStream(), value);
    }
}
