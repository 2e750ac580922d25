package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DevSpace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** {@code /devhost/api/space}: the DEV space, and {@code {"anonymousView": true|false}} to change its anonymous access. */
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
        if (!(body.get("anonymousView") instanceof Boolean allowed)) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "anonymousView must be true or false");
            return;
        }
        space.setAnonymousView(allowed);
        JsonIo.write(resp, describe());
    }

    private Map<String, Object> describe() {
        return Map.of("key", DevSpace.KEY, "name", DevSpace.NAME, "anonymousView", space.anonymousView());
    }
}
