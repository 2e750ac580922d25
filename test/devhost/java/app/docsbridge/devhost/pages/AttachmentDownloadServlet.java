package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /download/attachments/<pageId>/<fileName>?version=N}: Confluence's attachment download, with its permission check. */
public final class AttachmentDownloadServlet extends HttpServlet {

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final HostUrls urls;

    public AttachmentDownloadServlet(AttachmentStore attachments, Permissions permissions, Users users, HostUrls urls) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getRequestURI().substring((req.getContextPath() + "/download/attachments/").length());
        int slash = rest.indexOf('/');
        Optional<Long> pageId = slash < 0 ? Optional.empty() : AttachmentsPage.parseId(rest.substring(0, slash));
        String fileName = slash < 0 ? "" : URLDecoder.decode(rest.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<StoredAttachment> latest = pageId.flatMap(id -> attachments.listOnPage(id).stream()
                .filter(a -> a.fileName().equals(fileName)).findFirst());
        if (latest.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (!permissions.canView(userKey, latest.get().id())) {
            if (userKey == null) {
                resp.sendRedirect(urls.loginUrl(req.getRequestURI().substring(req.getContextPath().length())));
            } else {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        int version = Optional.ofNullable(req.getParameter("version")).flatMap(AttachmentsPage::parseId)
                .map(Long::intValue).orElse(latest.get().version());
        Optional<StoredAttachment> wanted = attachments.findVersion(latest.get().id(), version);
        if (wanted.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(wanted.get().mediaType());
        resp.setContentLengthLong(wanted.get().size());
        resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + Html.pathSegment(fileName));
        try (InputStream in = attachments.open(wanted.get().id(), version)) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
