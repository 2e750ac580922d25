package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.DiskAttachmentStore;
import app.docsbridge.devhost.memory.MemoryPermissions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluence's {@code GET /rest/api/content/search?cql=…&limit=…&expand=…} (REST API v1, Confluence Data Center
 * 7–10), for the two queries the editor's file picker sends; any other CQL is refused with 400 as Confluence refuses
 * CQL it cannot parse, so the stand-in is never more lenient than the product:
 * <ul>
 *   <li>{@code type = attachment and title ~ "term* term*"}: attachments whose title has a word starting with each
 *       term (a term without {@code *} must be a whole word, as in Lucene);</li>
 *   <li>{@code type in (page, blogpost) and id in recentlyViewedContent(N)}: the pages the user viewed last (CQL
 *       function reference: "recentlyViewedContent(limit, offset)"; logged-in users only).</li>
 * </ul>
 * Results hold only content the user may view, at most {@code limit} (default 25, capped at 200 like Confluence's
 * search resource). Content objects have the v1 shape: {@code id} as a string, {@code type}, {@code status},
 * {@code title}, {@code container} / {@code space} when expanded, attachments' {@code extensions.mediaType/fileSize}
 * and {@code _links.download}.
 */
public final class ContentSearchResource extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 25;
    private static final int MAX_LIMIT = 200;
    private static final Pattern ATTACHMENT_TITLE = Pattern.compile(
            "(?i)\\s*type\\s*=\\s*attachment\\s+and\\s+title\\s*~\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    private static final Pattern RECENT_PAGES = Pattern.compile(
            "(?i)\\s*type\\s+in\\s*\\(\\s*page\\s*,\\s*blogpost\\s*\\)\\s+and\\s+id\\s+in\\s+recentlyViewedContent\\(\\s*(\\d{1,3})\\s*\\)\\s*");
    /** Lucene's query syntax characters; in a term they must be escaped, which the picker never needs. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}_]+\\*?");

    private final transient DevSpace space;
    private final transient DiskAttachmentStore store;
    private final transient MemoryPermissions permissions;
    private final transient Users users;

    public ContentSearchResource(DevSpace space, DiskAttachmentStore store, MemoryPermissions permissions, Users users) {
        this.space = space;
        this.store = store;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        String cql = req.getParameter("cql");
        int limit = limit(req.getParameter("limit"));
        if (cql == null || limit < 0) {
            error(resp, 400, "cql and a numeric limit are required");
            return;
        }
        List<String> expand = List.of(Optional.ofNullable(req.getParameter("expand")).orElse("").split(","));
        List<Map<String, Object>> results = new ArrayList<>();
        Matcher attachments = ATTACHMENT_TITLE.matcher(cql);
        Matcher recent = RECENT_PAGES.matcher(cql);
        if (attachments.matches()) {
            List<String> terms = List.of(attachments.group(1).trim().split("\\s+"));
            if (terms.stream().anyMatch(t -> !TERM.matcher(t).matches())) {
                error(resp, 400, "Could not parse cql : " + cql);
                return;
            }
            for (DevPage page : space.pages()) {
                for (StoredAttachment a : store.listOnPage(page.id())) {
                    if (results.size() < limit && matches(a.fileName(), terms) && permissions.canView(userKey, a.id())) {
                        results.add(attachment(a, page, expand, req.getContextPath()));
                    }
                }
            }
        } else if (recent.matches()) {
            if (userKey == null) {
                error(resp, 400, "recentlyViewedContent() can only be used by logged-in users");
                return;
            }
            int count = Math.min(limit, Integer.parseInt(recent.group(1)));
            for (long id : space.recentlyViewed(userKey)) {
                Optional<DevPage> page = space.page(id);
                if (results.size() < count && page.isPresent() && permissions.canViewPage(userKey, id)) {
                    results.add(page(page.get(), expand, req.getContextPath()));
                }
            }
        } else {
            error(resp, 400, "Could not parse cql : " + cql);
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("results", results);
        answer.put("start", 0);
        answer.put("limit", limit);
        answer.put("size", results.size());
        answer.put("_links", Map.of("base", req.getScheme() + "://" + req.getHeader("Host") + req.getContextPath(),
                "context", req.getContextPath()));
        write(resp, 200, answer);
    }

    /** Every term matches a word of the title: whole word, or its start for {@code term*}; case-insensitive. */
    static boolean matches(String title, List<String> terms) {
        List<String> words = List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"));
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            boolean prefix = t.endsWith("*");
            String stem = prefix ? t.substring(0, t.length() - 1) : t;
            if (words.stream().noneMatch(w -> prefix ? w.startsWith(stem) : w.equals(stem))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> attachment(StoredAttachment a, DevPage page, List<String> expand, String context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(a.id()));
        json.put("type", "attachment");
        json.put("status", "current");
        json.put("title", a.fileName());
        if (expand.contains("container")) {
            json.put("container", page(page, List.of(), context));
        }
        json.put("metadata", Map.of("mediaType", a.mediaType()));
        json.put("extensions", Map.of("mediaType", a.mediaType(), "fileSize", a.size(), "comment", ""));
        json.put("_links", Map.of("download", "/download/attachments/" + page.id() + "/" + a.fileName()
                + "?version=" + a.version() + "&api=v2", "webui", "/pages/viewpageattachments.action?pageId=" + page.id()));
        return json;
    }

    private Map<String, Object> page(DevPage page, List<String> expand, String context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(page.id()));
        json.put("type", space.isBlogPost(page.id()) ? "blogpost" : "page");
        json.put("status", "current");
        json.put("title", page.title());
        if (expand.contains("space")) {
            json.put("space", Map.of("key", DevSpace.KEY, "name", DevSpace.NAME));
        }
        json.put("_links", Map.of("webui", "/pages/viewpage.action?pageId=" + page.id()));
        return json;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.min(MAX_LIMIT, Math.max(0, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        write(resp, status, Map.of("statusCode", status, "message", message));
    }

    private static void write(HttpServletResponse resp, int status, Object value) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache, must-revalidate");
        JSON.writeValue(resp.getOutputStream(), value);
    }
}
