package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /devhost/api/drafts} {@code {"title": "…"}} (title optional): starts a new page that is not published,
 * answering {@code {"id": N, "title": "…"}}. Files can then be uploaded to it with the attachments API, and
 * {@code /devhost/macro-browser?pageId=N} edits it as Confluence's create-page form would (page id 0, the draft as
 * content id). A reset removes every draft.
 */
public final class DraftsApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TITLE_CHARS = 255;

    private final transient DevSpace space;

    public DraftsApi(DevSpace space) {
        this.space = space;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Object title = body.getOrDefault("title", "");
        if (!(title instanceof String text) || text.length() > MAX_TITLE_CHARS) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "title must be a string of at most 255 characters");
            return;
        }
        DevPage draft = space.createDraft(text);
        JsonIo.write(resp, Map.of("id", draft.id(), "title", draft.title()));
    }
}
