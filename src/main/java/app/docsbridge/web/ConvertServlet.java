package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /plugins/servlet/onlyoffice/convert} with {@code {attachmentId, target}}: starts or polls a conversion
 * (the browser repeats the request until {@code done}). Answers {@code {percent, done:false}} while running and
 * {@code {percent:100, done:true, attachment:{id, pageId, fileName, editorUrl}}} once the result is stored as a new
 * attachment; failures answer {@code {error, code?, message}}. Signed-in users only; XSRF-protected.
 */
public class ConvertServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ConversionService conversions;
    private final transient Users users;
    private final transient HostUrls hostUrls;
    private final transient ConversionResponses answers;

    public ConvertServlet(ConversionService conversions, Users users, Messages messages, HostUrls hostUrls) {
        this.conversions = conversions;
        this.users = users;
        this.hostUrls = hostUrls;
        this.answers = new ConversionResponses(messages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        JsonResponses.send(response, 405, Map.of("error", "methodNotAllowed"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConversionResponses.Call> call = answers.accept(request, response, users, hostUrls);
        if (call.isEmpty()) {
            return;
        }
        ConversionResponses.Call c = call.get();
        answers.poll(response, c.locale(), () -> conversions.convert(c.userKey(), c.attachmentId(), c.target()),
                status -> Map.of("attachment", ActionRequests.describe(status.stored(), hostUrls)));
    }
}
