package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionException;
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
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
    private final transient PageResponses pages;
    private final transient ActionPages actionPages;

    public DownloadAsServlet(ConversionService conversions, DownloadLinks links, DocsClient docs,
                             Permissions permissions, FormatTable formats, Users users, Messages messages,
                             HostUrls hostUrls, PageRenderer renderer) {
        this.conversions = conversions;
        this.links = links;
        this.docs = docs;
        this.permissions = permissions;
        this.formats = formats;
        this.users = users;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.answers = new ConversionResponses(messages);
        this.pages = new PageResponses(renderer, messages);
        this.actionPages = new ActionPages(pages, hostUrls);
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
        String token = request.getParameter("token");
        if (token == null) {
            // The "Download as…" menu link opened as a page (middle click): it works in a dialog.
            actionPage(request, response, userKey, locale);
            return;
        }
        DownloadLinks.DownloadLink link;
        try {
            link = links.verify(token);
        } catch (InvalidTokenException e) {
            // An expired link of ours still names its file: the way back is that file's page, if this user may see it.
            OptionalLong attachment = links.expiredLinkAttachment(token);
            problem(request, response, locale, 403, "docsbridge.downloadAs.error.expired.title",
                    "docsbridge.downloadAs.error.expired",
                    attachment.isPresent() ? conversionPage(userKey, attachment.getAsLong()) : OptionalLong.empty());
            return;
        }
        OptionalLong pageId = conversionPage(userKey, link.attachmentId());
        if (userKey == null && link.userKey() != null) {
            // The session ended since the link was made: signing in again brings the user back to the download.
            PageResponses.noStore(response);
            response.sendRedirect(hostUrls.loginUrl(DownloadLinks.PATH + "?" + request.getQueryString()));
            return;
        }
        if (!Objects.equals(link.userKey(), userKey)) {
            // The way back is the file's page when this user may see it: there they can choose Download as… themselves.
            problem(request, response, locale, 403, "docsbridge.downloadAs.error.otherUser.title",
                    "docsbridge.downloadAs.error.otherUser", pageId);
            return;
        }
        if (!permissions.canView(userKey, link.attachmentId())) {
            problem(request, response, locale, 404, "docsbridge.editor.error.notFound.title",
                    "docsbridge.action.error.notFound", OptionalLong.empty());
            return;
        }
        try (DocsDownload download = docs.fetch(link.resultUrl())) {
            send(response, link.fileName(), download);
        } catch (ForeignUrlException e) {
            problem(request, response, locale, 403, "docsbridge.downloadAs.error.title",
                    "docsbridge.convert.error.failed.noCode", pageId);
        } catch (DocsUnavailableException e) {
            if (!response.isCommitted()) {
                problem(request, response, locale, 503, "docsbridge.downloadAs.error.title",
                        "docsbridge.convert.error.unavailable", pageId);
            }
        } catch (IOException e) {
            if (!response.isCommitted()) {
                problem(request, response, locale, 502, "docsbridge.downloadAs.error.title",
                        "docsbridge.downloadAs.error.gone", pageId);
            }
        }
    }

    private void actionPage(HttpServletRequest request, HttpServletResponse response, String userKey,
                            Locale locale) throws IOException {
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        String fileName = "";
        OptionalLong pageId = OptionalLong.empty();
        if (attachmentId.isPresent()) {
            try {
                StoredAttachment source = conversions.visible(userKey, attachmentId.getAsLong());
                fileName = source.fileName();
                pageId = OptionalLong.of(source.pageId());
            } catch (ConversionException e) {
                // Unknown or not visible: the page names no file.
            }
        }
        actionPages.continueOnAttachments(request, response, locale,
                fileName.isEmpty() ? "docsbridge.actionPage.downloadAs.unknown" : "docsbridge.actionPage.downloadAs",
                pageId, fileName);
    }

    /** The page of the converted attachment, when the user may see it: the way back. */
    private OptionalLong conversionPage(String userKey, long attachmentId) {
        try {
            return OptionalLong.of(conversions.visible(userKey, attachmentId).pageId());
        } catch (ConversionException e) {
            return OptionalLong.empty();
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, Locale locale, int status,
                         String headingKey, String messageKey, OptionalLong pageId) throws IOException {
        String contextPath = hostUrls.contextPath();
        PageResponses.Link back = pageId.isPresent() ? PageResponses.attachments(contextPath, pageId.getAsLong())
                : PageResponses.home(contextPath);
        pages.message(response, status, locale, headingKey, messageKey, List.of(back),
                PageResponses.Theme.of(request));
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
}
