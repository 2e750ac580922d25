package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionException;
import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code POST /plugins/servlet/onlyoffice/convert} with {@code {attachmentId, target}}: starts or polls a conversion
 * (the browser repeats the request until {@code done}). Answers {@code {percent, done:false}} while running and
 * {@code {percent:100, done:true, outcome, attachment:{id, pageId, fileName, editorUrl, version}}} once the result is
 * stored: {@code outcome} is {@code created} (a new attachment, named after {@code fileName} when the request gives
 * one), {@code updated} (a new version of the earlier result: the source changed) or {@code existing} (this version
 * was converted before; nothing new). Failures answer {@code {error, code?, message}}. Signed-in users only;
 * XSRF-protected.
 */
public class ConvertServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ConversionService conversions;
    private final transient Users users;
    private final transient HostUrls hostUrls;
    private final transient ConversionResponses answers;

    private final transient ActionPages actionPages;
    private final transient Messages messages;

    public ConvertServlet(ConversionService conversions, Users users, Messages messages, HostUrls hostUrls,
                          PageRenderer renderer) {
        this.conversions = conversions;
        this.users = users;
        this.hostUrls = hostUrls;
        this.answers = new ConversionResponses(messages);
        this.messages = messages;
        this.actionPages = new ActionPages(new PageResponses(renderer, messages), hostUrls);
    }

    /** "Convert to …" opened as a page (middle click): say where it works instead of answering JSON. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        OptionalLong pageId = OptionalLong.empty();
        String fileName = "";
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        if (attachmentId.isPresent()) {
            try {
                StoredAttachment source = conversions.visible(userKey, attachmentId.getAsLong());
                pageId = OptionalLong.of(source.pageId());
                fileName = source.fileName();
            } catch (ConversionException e) {
                // Unknown or not visible: the page links to the dashboard and names no file.
            }
        }
        String target = request.getParameter("target");
        String label = target == null || !target.matches("[a-zA-Z]{1,5}") ? "" : target.toUpperCase(Locale.ROOT);
        actionPages.continueOnAttachments(request, response, users.locale(userKey),
                fileName.isEmpty() ? "docsbridge.actionPage.convert.unknown" : "docsbridge.actionPage.convert",
                pageId, fileName, label);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConversionResponses.Call> call = answers.accept(request, response, users, hostUrls);
        if (call.isEmpty()) {
            return;
        }
        ConversionResponses.Call c = call.get();
        // An optional name for a new result (the dialog asks for one when the default name is taken).
        String fileName = ActionRequests.text(c.body(), "fileName");
        if (fileName != null) {
            Optional<FileNames.Problem> problem = FileNames.check(fileName);
            if (problem.isPresent()) {
                JsonResponses.send(response, 400, ActionRequests.error("invalidName",
                        CreateServlet.nameMessage(messages, c.locale(), problem.get())));
                return;
            }
        }
        answers.poll(response, c.locale(), () -> conversions.convert(c.userKey(), c.attachmentId(), c.target(), fileName),
                status -> {
                    Map<String, Object> attachment = ActionRequests.describe(status.stored(), hostUrls);
                    attachment.put("version", status.stored().version());
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("outcome", status.outcome().id());
                    json.put("attachment", attachment);
                    return json;
                });
    }
}
