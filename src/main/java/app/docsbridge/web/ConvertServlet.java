package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

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
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        if (!XsrfGuard.allows(request, hostUrls)) {
            answers.xsrf(response, locale);
            return;
        }
        Map<String, Object> body = ActionRequests.body(request);
        OptionalLong attachmentId = ActionRequests.id(body, "attachmentId");
        String target = ActionRequests.text(body, "target");
        if (attachmentId.isEmpty() || target == null) {
            answers.badRequest(response, locale);
            return;
        }
        answers.poll(response, locale, () -> conversions.convert(userKey, attachmentId.getAsLong(), target),
                status -> Map.of("attachment", ActionRequests.describe(status.stored(), hostUrls)));
    }
}
