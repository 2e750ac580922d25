package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DevSpace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /devhost/api/space}: the DEV space; POST {@code {"anonymousView": true|false, "restrictedPages": [ids]}}
 * (either or both) changes its anonymous access and which pages only system administrators may view.
 */
public final class SpaceApi extends HttpServlet {

    private final DevSpace space;

    public SpaceApi(DevSpace space) {
        this.space = space;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, describe());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Object anonymous = body.get("anonymousView");
        Object restricted = body.get("restrictedPages");
        if ((anonymous == null && restricted == null) || (anonymous != null && !(anonymous instanceof Boolean))) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "anonymousView must be true or false");
            return;
        }
        Set<Long> pages = new HashSet<>();
        if (restricted != null) {
            if (!(restricted instanceof List<?> ids) || !ids.stream().allMatch(id -> id instanceof Number)) {
                JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "restrictedPages must be a list of page ids");
                return;
            }
            ids.forEach(id -> pages.add(((Number) id).longValue()));
        }
        if (anonymous instanceof Boolean allowed) {
            space.setAnonymousView(allowed);
        }
        if (restricted != null) {
            space.setRestrictedPages(pages);
        }
        JsonIo.write(resp, describe());
    }

    private Map<String, Object> describe() {
        // The answer stays {key, name, anonymousView}: that is the contract other tests rely on.
        return Map.of("key", DevSpace.KEY, "name", DevSpace.NAME, "anonymousView", space.anonymousView());
    }
}
