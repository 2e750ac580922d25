package app.docsbridge.web;

import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.preview.ViewerConfigService;
import app.docsbridge.core.preview.ViewerConfigService.Viewer;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code GET /plugins/servlet/onlyoffice/preview-config?attachmentId=<id>[&attachmentId=<id>…]}: signed embedded-viewer
 * configs for the preview macros that just scrolled into view, in one request. Read-only; anonymous visitors get what
 * the space lets them view. Answer: {@code {docsApiUrl, viewers: {"<id>": {config, editUrl?, viewUrl} | {error}}}}.
 */
@AnonymousSiteAccess
public class ViewerConfigServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** One page's visible macros; more in one request is not a page but a scraper. */
    static final int MAX_IDS = 50;

    private final transient ViewerConfigService viewers;
    private final transient HostUrls hostUrls;

    public ViewerConfigServlet(ViewerConfigService viewers, HostUrls hostUrls) {
        this.viewers = viewers;
        this.hostUrls = hostUrls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] raw = request.getParameterValues("attachmentId");
        if (raw == null || raw.length == 0 || raw.length > MAX_IDS) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest"));
            return;
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String value : raw) {
            OptionalLong id = RequestParams.positiveLong(value);
            if (id.isEmpty()) {
                JsonResponses.send(response, 400, Map.of("error", "badRequest"));
                return;
            }
            answers.put(String.valueOf(id.getAsLong()), answer(id.getAsLong()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        viewers.docsApiUrl().ifPresent(url -> body.put("docsApiUrl", url));
        body.put("viewers", answers);
        JsonResponses.send(response, 200, body);
    }

    private Map<String, Object> answer(long attachmentId) {
        Viewer viewer = viewers.viewer(attachmentId);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (viewer.problem() != null) {
            answer.put("error", viewer.problem().name());
            return answer;
        }
        String editor = hostUrls.contextPath() + ViewerConfigService.editorPath(attachmentId);
        answer.put("config", viewer.config());
        if (viewer.mayEdit()) {
            answer.put("editUrl", editor);
        }
        answer.put("viewUrl", editor + "&mode=view");
        return answer;
    }
}
