package app.docsbridge.web;

import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.recovery.ForgottenFiles;
import app.docsbridge.core.recovery.ProblemReason;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.core.docs.DocsRejectedException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Configure page's view of saves that went wrong, for system administrators only:
 * {@code GET /plugins/servlet/onlyoffice/forgotten} lists the files the Docs server could not deliver (after storing
 * those it can store automatically) and the recent save problems; {@code POST} with {@code {action: "store" |
 * "discard", key}} stores one as a new version (attributed to the administrator) or deletes it on the Docs server.
 */
public class ForgottenFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 4096;

    private final transient ForgottenFiles forgotten;
    private final transient SaveProblems problems;
    private final transient AdminJsonRequests requests;

    public ForgottenFilesServlet(ForgottenFiles forgotten, SaveProblems problems, Users users,
                                 Permissions permissions, HostUrls hostUrls) {
        this.forgotten = forgotten;
        this.problems = problems;
        this.requests = new AdminJsonRequests(users, permissions, hostUrls);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (requests.admin(request, response, false).isEmpty()) {
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        try {
            ForgottenFiles.Listing listing = forgotten.listAndRecover();
            json.put("files", listing.waiting().stream().map(ForgottenFilesServlet::entry).toList());
            json.put("recovered", listing.recovered().stream().map(ForgottenFilesServlet::entry).toList());
        } catch (IOException e) {
            json.put("files", List.of());
            json.put("recovered", List.of());
            json.put("docsError", e.getMessage());
            json.put("docsWhy", ProblemReason.of(e).code());
        }
        json.put("problems", problems.list().stream().map(ForgottenFilesServlet::problem).toList());
        JsonResponses.send(response, 200, json);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> admin = requests.admin(request, response, true);
        if (admin.isEmpty()) {
            return;
        }
        Map<String, Object> body = AdminJsonRequests.body(request, MAX_BODY);
        String action = body.get("action") instanceof String a ? a : "";
        String key = body.get("key") instanceof String k && k.length() <= 255 ? k : null;
        if (key == null || !(action.equals("store") || action.equals("discard"))) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest",
                    "message", "Send {\"action\": \"store\" or \"discard\", \"key\": the file's document key}."));
            return;
        }
        try {
            if (action.equals("store")) {
                int version = forgotten.store(key, admin.get());
                JsonResponses.send(response, 200, Map.of("stored", true, "version", version));
            } else {
                forgotten.discard(key);
                JsonResponses.send(response, 200, Map.of("discarded", true));
            }
        } catch (DocsRejectedException e) {
            JsonResponses.send(response, 409, Map.of("error", "refused", "why", ProblemReason.of(e).code(),
                    "message", e.getMessage()));
        } catch (IOException e) {
            JsonResponses.send(response, 503, Map.of("error", "docsUnavailable", "why", ProblemReason.of(e).code(),
                    "message", e.getMessage()));
        }
    }

    private static Map<String, Object> entry(ForgottenFiles.Entry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", e.key());
        json.put("attachmentId", e.attachmentId());
        json.put("pageId", e.pageId());
        json.put("fileName", e.fileName());
        json.put("baseVersion", e.baseVersion());
        json.put("latestVersion", e.latestVersion());
        json.put("user", e.userName());
        json.put("at", e.at());
        json.put("why", e.why().code());
        json.put("reason", e.reason());
        json.put("newerSaved", e.newerSaved());
        return json;
    }

    private static Map<String, Object> problem(SaveProblems.Problem p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", p.key());
        json.put("at", p.at());
        json.put("attachmentId", p.attachmentId());
        json.put("fileName", p.fileName());
        json.put("outcome", p.outcome().name());
        json.put("why", p.why().code());
        json.put("reason", p.reason());
        return json;
    }
}
