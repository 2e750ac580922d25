package app.docsbridge.web;

import app.docsbridge.core.history.HistoryService;
import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code GET /plugins/servlet/onlyoffice/changes?token=<link>}: the change archive the Document Server handed over
 * with one saved version, back to the Document Server for the history's highlights. Same two tokens as file links.
 */
public class ChangesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SignedLinks links;
    private final transient HistoryService history;
    private final transient AppSettings settings;
    private final transient TimeSource time;

    public ChangesServlet(SignedLinks links, HistoryService history, AppSettings settings, TimeSource time) {
        this.links = links;
        this.history = history;
        this.settings = settings;
        this.time = time;
    }

    @Override
    @UnrestrictedAccess
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileLink> link = DocsLinkRequests.admit(request, response, links::verifyChanges,
                SignedLinks.CHANGES_PATH, settings, time);
        if (link.isEmpty()) {
            return;
        }
        Optional<InputStream> archive = history.archive(link.get().attachmentId(), link.get().version());
        if (archive.isEmpty()) {
            DocsLinkRequests.notFound(response);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = archive.get()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
