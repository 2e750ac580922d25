package app.docsbridge.web;

import app.docsbridge.core.callback.CallbackAnswer;
import app.docsbridge.core.callback.CallbackProcessor;
import app.docsbridge.core.callback.CallbackRequest;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.recovery.RecoverySweep;
import app.docsbridge.core.settings.AppSettings;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /plugins/servlet/onlyoffice/callback?token=<link>}: the Document Server's callback. Open to
 * unauthenticated requests because the Document Server has no Confluence session; trust comes from our signed link
 * plus the Document Server's JWT, both checked by {@link CallbackProcessor}.
 */
public class CallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());

    private static final long serialVersionUID = 1L;
    /** Callback bodies are small JSON documents; anything bigger is not one. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final transient CallbackProcessor processor;
    private final transient AppSettings settings;
    private final transient RecoverySweep recovery;

    public CallbackServlet(CallbackProcessor processor, AppSettings settings, RecoverySweep recovery) {
        this.processor = processor;
        this.settings = settings;
        this.recovery = recovery;
    }

    @Override
    @UnrestrictedAccess
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                JsonResponses.send(response, 413, Map.of("error", 1, "message", "callback body too large"));
                return;
            }
            body = Json.readObject(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            JsonResponses.send(response, 400, Map.of("error", 1, "message", "callback body is not a JSON object"));
            return;
        }
        String header = request.getHeader(settings.snapshot().jwtHeader());
        CallbackAnswer answer;
        try {
            answer = processor.process(new CallbackRequest(request.getParameter("token"), body, header));
        } catch (RuntimeException e) {
            // Never the container's bare 500 with a stack trace: the Docs server retries an error answer.
            LOG.log(Level.WARNING, "callback failed; the Docs server will retry", e);
            answer = CallbackAnswer.retryLater("the callback could not be processed");
        }
        // The Docs server has its whole answer first; storing files it gave up on must not delay it.
        JsonResponses.sendComplete(response, answer.httpStatus(), answer.body());
        recovery.runIfDue();
    }
}
