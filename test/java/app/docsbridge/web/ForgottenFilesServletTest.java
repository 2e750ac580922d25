package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.recovery.ForgottenFiles;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Configure page's save-problems endpoint over Jetty: only system administrators read it, only XSRF-safe
 * requests change anything (the same prologue as the settings endpoint, {@link AdminJsonRequests}), and "store" /
 * "discard" act on the Docs server's forgotten file (docs-api §6).
 */
class ForgottenFilesServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/forgotten";
    private static final String[] XSRF = {"X-Atlassian-Token", "no-check", "Content-Type", "application/json"};

    private final TestApp app = new TestApp();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> forgottenUrls = new ConcurrentHashMap<>();
    private FakeDocsServer docs;
    private ServletServer server;
    private StoredAttachment docx;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-admin", "admin", "Admin");
        app.users.add("key-alice", "alice", "Alice");
        app.permissions.makeSystemAdmin("key-admin");
        docx = app.attachments.add(7, "report.docx", OfficeFiles.docx("original"), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id());
        key = app.keys.keyFor(docx);
        docs.command(c -> {
            Object k = c.get("key");
            return switch (String.valueOf(c.get("c"))) {
                case "getForgottenList" -> Map.of("error", 0, "keys", List.copyOf(forgottenUrls.keySet()));
                case "getForgotten" -> forgottenUrls.containsKey(k)
                        ? Map.of("key", k, "error", 0, "url", forgottenUrls.get(k)) : Map.of("key", k, "error", 1);
                case "deleteForgotten" -> forgottenUrls.remove(k) != null ? Map.of("key", k, "error", 0)
                        : Map.of("key", k, "error", 1);
                default -> Map.of("error", 5);
            };
        });
        ForgottenFiles forgotten = new ForgottenFiles(app.docs, app.settings, app.keys, app.attachments,
                app.permissions, app.users, app.problems, app.callbacks, app.time, app.activity);
        server = ServletServer.start("/confluence", Map.of(PATH, new ForgottenFilesServlet(forgotten, app.problems,
                app.users, app.permissions, app.hostUrls)));
        // A file the Docs server kept, and a newer upload since: it waits for the administrator.
        forgottenUrls.put(key, docs.serve("/cache/files/forgotten/" + key + "/output.docx/output.docx?md5=x",
                OfficeFiles.docx("lost work")));
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.KEPT_BY_DOCS, "not a .docx file");
        byte[] upload = OfficeFiles.docx("uploaded later");
        app.attachments.storeVersion(docx.id(), "key-admin", new ByteArrayInputStream(upload), upload.length, "x");
    }

    @AfterEach
    void tearDown() {
        server.close();
        docs.close();
    }

    private HttpResponse<String> send(String method, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + PATH))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String action, String... headers) throws Exception {
        return send("POST", Json.write(Map.of("action", action, "key", key)), headers.length == 0 ? XSRF : headers);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String body, String name) throws Exception {
        return (List<Map<String, Object>>) Json.readObject(body).get(name);
    }

    @Test
    void onlySystemAdministrators_shouldReadOrChangeAnything() throws Exception {
        assertEquals(401, send("GET", null).statusCode());
        assertEquals(401, post("discard").statusCode());
        app.users.signIn("key-alice");
        HttpResponse<String> listing = send("GET", null);
        assertEquals(403, listing.statusCode());
        assertFalse(listing.body().contains("report.docx"));
        assertEquals(403, post("discard").statusCode());
        assertEquals(1, forgottenUrls.size(), "nothing was discarded");
    }

    @Test
    void changes_shouldNeedTheAntiForgeryHeaderAndJson() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> noHeader = post("discard", "Content-Type", "application/json");
        HttpResponse<String> form = post("discard", "X-Atlassian-Token", "no-check",
                "Content-Type", "text/plain");
        HttpResponse<String> foreign = post("discard", "X-Atlassian-Token", "no-check",
                "Content-Type", "application/json", "Origin", "http://attacker.example");

        for (HttpResponse<String> response : List.of(noHeader, form, foreign)) {
            assertEquals(403, response.statusCode());
            assertEquals(Map.of("error", "xsrf"), Json.readObject(response.body()));
        }
        assertEquals(1, forgottenUrls.size(), "nothing was discarded");
        assertEquals(2, app.attachments.versionCount(docx.id()), "nothing was stored");
    }

    @Test
    void get_shouldListTheWaitingFileWithWhatWhereWhenAndWhy() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = send("GET", null);

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> file = list(response.body(), "files").get(0);
        assertEquals(key, file.get("key"));
        assertEquals("report.docx", file.get("fileName"));
        assertEquals(7, ((Number) file.get("pageId")).intValue());
        assertEquals("Alice", file.get("user"));
        assertEquals("2026-03-29T10:00:05Z".substring(0, 10), ((String) file.get("at")).substring(0, 10));
        assertEquals("not a .docx file", file.get("reason"));
        assertEquals(true, file.get("newerSaved"));
        assertEquals(key, list(response.body(), "problems").get(0).get("key"),
                "problems carry their key, so the page can tell which belong to a waiting file");
    }

    @Test
    void store_shouldAddANewVersionAndDiscard_shouldDeleteTheFile() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> stored = post("store");

        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(3, ((Number) Json.readObject(stored.body()).get("version")).intValue());
        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertTrue(forgottenUrls.isEmpty());
        assertEquals(List.of(), list(send("GET", null).body(), "files"));

        HttpResponse<String> again = post("discard"); // a second click, or another administrator: nothing left
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(3, app.attachments.versionCount(docx.id()), "discarding what is gone changes nothing");
    }

    @Test
    void badRequests_shouldGet400AndChangeNothing() throws Exception {
        app.users.signIn("key-admin");

        for (String body : List.of("{}", "{\"action\":\"delete\",\"key\":\"" + key + "\"}", "not json",
                "{\"action\":\"store\",\"key\":\"" + "k".repeat(300) + "\"}")) {
            assertEquals(400, send("POST", body, XSRF).statusCode(), body);
        }
        assertEquals(1, forgottenUrls.size());
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void anUnconfiguredApp_shouldListNothingWithoutAskingAnyDocsServer() throws Exception {
        app.users.signIn("key-admin");
        app.set("docsUrl", "");

        HttpResponse<String> response = send("GET", null);

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), list(response.body(), "files"));
        assertFalse(Json.readObject(response.body()).containsKey("docsError"), response.body());
    }
}
