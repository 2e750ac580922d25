package app.docsbridge.web;

import app.docsbridge.core.editor.ActionLinks;
import app.docsbridge.core.editor.EditorConfigService;
import app.docsbridge.core.editor.EditorException;
import app.docsbridge.core.editor.EditorSession;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code GET /plugins/servlet/onlyoffice/editor-config?attachmentId=<id>[&mode=view][&actionLink=<JSON>]}: a freshly
 * signed editor config, for the editor's {@code onRequestRefreshFile} (the page's config went stale, e.g. its version
 * was saved meanwhile, or the editor reconnected). The page's action link is kept, so the refreshed editor still opens
 * at the bookmark or comment.
 * Read-only; the same permission checks as the editor page.
 */
@AnonymousSiteAccess
public class EditorConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/plugins/servlet/onlyoffice/editor-config";

    private final transient EditorConfigService editors;

    public EditorConfigServlet(EditorConfigService editors) {
        this.editors = editors;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        if (attachmentId.isEmpty()) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest"));
            return;
        }
        try {
            EditorSession session = editors.open(attachmentId.getAsLong(),
                    "view".equals(request.getParameter("mode")), EditorServlet.client(request),
                    ActionLinks.parse(request.getParameter("actionLink")).orElse(Map.of()));
            JsonResponses.send(response, 200, Map.of("config", session.config(), "docsApiUrl", session.docsApiUrl()));
        } catch (EditorException e) {
            int status = switch (e.reason()) {
                case LOGIN_REQUIRED -> 401;
                case NOT_FOUND -> 404;
                case UNSUPPORTED_FORMAT -> 415;
                case TOO_LARGE -> 413;
                case NO_DOCS_ADDRESS, NO_SECRET -> 503;
            };
            JsonResponses.send(response, status, Map.of("error", e.reason().name()));
        }
    }
}
