package app.docsbridge.web;

import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /plugins/servlet/onlyoffice/file?token=<link>}: streams one attachment version to the Document Server.
 * The link names the version and expires; the request must also carry the Document Server's JWT for this very link.
 * Never redirects (the Document Server would follow a redirect to the login page and get HTML).
 */
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 64 * 1024;

    private final transient SignedLinks links;
    private final transient AttachmentStore attachments;
    private final transient AppSettings settings;
    private final transient TimeSource time;

    public FileServlet(SignedLinks links, AttachmentStore attachments, AppSettings settings, TimeSource time) {
        this.links = links;
        this.attachments = attachments;
        this.settings = settings;
        this.time = time;
    }

    @Override
    @UnrestrictedAccess
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileLink> link = DocsLinkRequests.admit(request, response, links::verifyFile, SignedLinks.FILE_PATH,
                settings, time);
        if (link.isEmpty()) {
            return;
        }
        Optional<StoredAttachment> version = attachments.findVersion(link.get().attachmentId(), link.get().version());
        if (version.isEmpty()) {
            DocsLinkRequests.notFound(response);
            return;
        }
        send(request, response, version.get());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, StoredAttachment attachment)
            throws IOException {
        long size = attachment.size();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(request.getHeader("Range"), size);
        } catch (ByteRange.UnsatisfiableRangeException e) {
            response.setStatus(416);
            response.setHeader("Content-Range", "bytes */" + size);
            return;
        }
        long start = range.map(ByteRange::start).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        response.setStatus(range.isPresent() ? 206 : 200);
        range.ifPresent(r -> response.setHeader("Content-Range", "bytes " + r.start() + "-" + r.end() + "/" + size));
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType(attachment.mediaType());
        response.setContentLengthLong(length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = attachments.open(attachment.id(), attachment.version())) {
            in.skipNBytes(start);
            copy(in, response.getOutputStream(), length);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new IOException("attachment ended " + remaining + " bytes early");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }
}
