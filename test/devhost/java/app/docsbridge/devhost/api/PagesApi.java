package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.PageBodies;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /devhost/api/pages/{id}/body}: GET {@code {pageId, body}}; POST with the storage-format XHTML as the request
 * body stores it (what {@code /pages/viewpage.action?pageId=ID} then renders). 404 for pages that do not exist.
 */
public final class PagesApi extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})/body$");
    private static final int MAX_BODY_CHARS = 1_000_000;

    private final DevSpace space;
    private final PageBodies bodies;

    public PagesApi(DevSpace space, PageBodies bodies) {
        this.space = space;
        this.bodies = bodies;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = pageId(req, resp);
        if (id != null) {
            JsonIo.write(resp, Map.of("pageId", id, "body", bodies.body(id).orElse("")));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id = pageId(req, resp);
        if (id == null) {
            return;
        }
        String body = new String(req.getInputStream().readNBytes(MAX_BODY_CHARS * 4 + 1), StandardCharsets.UTF_8);
        if (body.length() > MAX_BODY_CHARS) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "body too long");
            return;
        }
        bodies.put(id, body);
        JsonIo.write(resp, Map.of("pageId", id, "body", body));
    }

    private Long pageId(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(String.valueOf(req.getPathInfo()));
        if (!m.matches() || space.page(Long.parseLong(m.group(1))).isEmpty()) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such page");
            return null;
        }
        return Long.parseLong(m.group(1));
    }
}
