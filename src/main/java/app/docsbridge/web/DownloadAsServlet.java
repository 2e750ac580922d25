package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.conversion.DownloadLinks;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.DocsUnavailableException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Download as", without storing anything in Confluence.
 * <ul>
 * <li>{@code POST /plugins/servlet/onlyoffice/download-as} with {@code {attachmentId, target, fileName}} starts or
 * polls the conversion (repeated until {@code done}): {@code {percent, done:false}}, then
 * {@code {percent:100, done:true, fileName, downloadUrl}}; failures {@code {error, code?, message}}.</li>
 * <li>{@code GET …/download-as?token=…} (the {@code downloadUrl}) streams the Docs server's result through
 * Confluence under the chosen name, to the user it was made for, for ten minutes.</li>
 * </ul>
 * Viewing the attachment suffices, so anonymous visitors may use it where the space allows them to view.
 */
@AnonymousSiteAccess
public class DownloadAsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 64 * 1024;

    /** Output formats the formats list has no entry for (images, archives of page images). */
    private static final Map<String, String> OTHER_MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "gif", "image/gif", "bmp", "image/bmp",
            "zip", "application/zip");

    private final transient ConversionService conversions;
    private final transient DownloadLinks links;
    private final transient DocsClient docs;
    private final transient Permissions permissions;
    private final transient FormatTable formats;
    private final transient Users users;
    private final transient Messages messages;
    private final transient HostUrls hostUrls;
    private final transient ConversionResponses answers;

    public DownloadAsServlet(ConversionService conversions, DownloadLinks links, DocsClient docs,
                             Permissions permissions, FormatTable formats, Users users, Messages messages,
                             HostUrls hostUrls) {
        this.conversions = conversions;
        this.links = links;
        this.docs = docs;
        this.permissions = permissions;
        this.formats = formats;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.answers = new ConversionResponses(messages);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConversionResponses.Call> call = answers.accept(request, response, users, hostUrls);
        if (call.isEmpty()) {
            return;
        }
        ConversionResponses.Call c = call.get();
        Locale locale = c.locale();
        String fileName = ActionRequests.text(c.body(), "fileName");
        Optional<FileNames.Problem> problem = FileNames.check(fileName);
        if (problem.isPresent()) {
            Map<String, Object> json = ActionRequests.error("invalidName",
                    CreateServlet.nameMessage(messages, locale, problem.get()));
            json.put("problem", problem.get().name());
            JsonResponses.send(response, 400, json);
            return;
        }
        answers.poll(response, locale, () -> conversions.downloadAs(c.userKey(), c.attachmentId(), c.target()),
                status -> {
                    String name = FileNames.withExtension(fileName, extension(status.fileType()));
                    String token = links.token(new DownloadLinks.DownloadLink(c.attachmentId(), c.userKey(),
                            status.resultUrl(), name));
                    return Map.of("fileName", name, "downloadUrl", hostUrls.contextPath() + DownloadLinks.PATH
                            + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
                });
    }

    /** PDF/A is a PDF: its files end in .pdf. */
    private static String extension(String fileType) {
        return "pdfa".equals(fileType) ? "pdf" : fileType;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        DownloadLinks.DownloadLink link;
        try {
            link = links.verify(request.getParameter("token"));
        } catch (InvalidTokenException e) {
            plain(response, 403, messages.text(locale, "docsbridge.downloadAs.error.expired"));
            return;
        }
        if (!Objects.equals(link.userKey(), userKey)) {
            plain(response, 403, messages.text(locale, "docsbridge.downloadAs.error.otherUser"));
            return;
        }
        if (!permissions.canView(userKey, link.attachmentId())) {
            plain(response, 404, messages.text(locale, "docsbridge.action.error.notFound"));
            return;
        }
        try (DocsDownload download = docs.fetch(link.resultUrl())) {
            send(response, link.fileName(), download);
        } catch (ForeignUrlException e) {
            plain(response, 403, messages.text(locale, "docsbridge.convert.error.failed.noCode"));
        } catch (DocsUnavailableException e) {
            if (!response.isCommitted()) {
                plain(response, 503, messages.text(locale, "docsbridge.convert.error.unavailable"));
            }
        } catch (IOException e) {
            if (!response.isCommitted()) {
                plain(response, 502, messages.text(locale, "docsbridge.downloadAs.error.expired"));
            }
        }
    }

    private void send(HttpServletResponse response, String fileName, DocsDownload download) throws IOException {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mediaType = formats.find(extension).map(Format::primaryMimeType)
                .orElse(OTHER_MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setStatus(200);
        response.setContentType(mediaType);
        if (download.length() >= 0) {
            response.setContentLengthLong(download.length());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = download.body()) {
            OutputStream out = response.getOutputStream();
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
            }
        }
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<the real name>} (RFC 6266). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(message);
    }
}
