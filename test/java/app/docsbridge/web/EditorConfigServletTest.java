package app.docsbridge.web;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fresh-config endpoint behind {@code onRequestRefreshFile}. */
class EditorConfigServletTest {

    private final TestApp app = new TestApp();
    private ServletServer server;
    private StoredAttachment docx;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(EditorConfigServlet.PATH,
                new EditorConfigServlet(app.editors)));
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-eve", "eve", "Eve");
        docx = app.attachments.add(7, "report.docx", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", docx.id());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> get(String query) throws Exception {
        return server.get(EditorConfigServlet.PATH + query);
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        return Json.readObject(ServletServer.text(response));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.get(name);
    }

    @Test
    void get_shouldAnswerASignedConfig() throws Exception {
        app.users.signIn("key-alice");

        HttpResponse<byte[]> response = get("?attachmentId=" + docx.id());
        Map<String, Object> body = json(response);
        Map<String, Object> config = map(body, "config");

        assertEquals(200, response.statusCode());
        assertEquals(TestApp.DOCS + "/web-apps/apps/api/documents/api.js", body.get("docsApiUrl"));
        assertEquals("edit", map(config, "editorConfig").get("mode"));
        assertEquals(app.keys.keyFor(docx), map(config, "document").get("key"));
        Map<String, Object> payload = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) config.get("token"));
        assertEquals(map(config, "editorConfig").get("callbackUrl"), map(payload, "editorConfig").get("callbackUrl"));
    }

    @Test
    void get_shouldGiveTheNewKeyAfterASave() throws Exception {
        app.users.signIn("key-alice");
        String before = (String) map(map(json(get("?attachmentId=" + docx.id())), "config"), "document").get("key");

        app.attachments.storeVersion(docx.id(), "key-alice", new java.io.ByteArrayInputStream(new byte[] {2}), 1, "c");
        String after = (String) map(map(json(get("?attachmentId=" + docx.id())), "config"), "document").get("key");

        assertFalse(before.equals(after));
    }

    @Test
    void get_shouldRespectModeView() throws Exception {
        app.users.signIn("key-alice");

        Map<String, Object> config = map(json(get("?attachmentId=" + docx.id() + "&mode=view")), "config");

        assertEquals("view", map(config, "editorConfig").get("mode"));
        assertFalse(map(config, "editorConfig").containsKey("callbackUrl"));
    }

    @Test
    void get_shouldMapEachFailureToItsStatus() throws Exception {
        StoredAttachment exe = app.attachments.add(7, "setup.exe", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", exe.id());

        app.users.signOut();
        assertEquals(401, get("?attachmentId=" + docx.id()).statusCode());
        assertEquals(Map.of("error", "LOGIN_REQUIRED"), json(get("?attachmentId=" + docx.id())));

        app.users.signIn("key-eve");
        assertEquals(404, get("?attachmentId=" + docx.id()).statusCode());
        assertEquals(404, get("?attachmentId=424242").statusCode());

        app.users.signIn("key-alice");
        assertEquals(415, get("?attachmentId=" + exe.id()).statusCode());

        app.set("jwtSecret", "");
        assertEquals(503, get("?attachmentId=" + docx.id()).statusCode());
        assertEquals(Map.of("error", "NO_SECRET"), json(get("?attachmentId=" + docx.id())));

        app.set("docsUrl", "");
        assertEquals(Map.of("error", "NO_DOCS_ADDRESS"), json(get("?attachmentId=" + docx.id())));
    }

    @Test
    void get_shouldAnswer400ForBadIds() throws Exception {
        app.users.signIn("key-alice");

        for (String query : new String[] {"", "?attachmentId=x", "?attachmentId=0", "?attachmentId=-1",
                "?attachmentId=1e3", "?attachmentId=9223372036854775808"}) {
            HttpResponse<byte[]> response = get(query);
            assertEquals(400, response.statusCode(), query);
            assertEquals(Map.of("error", "badRequest"), json(response));
        }
    }

    @Test
    void get_shouldKeepTheActionLinkInTheSignedConfig() throws Exception {
        app.users.signIn("key-alice");
        String link = "{\"action\":{\"type\":\"bookmark\",\"data\":\"Intro\"}}";

        Map<String, Object> config = map(json(get("?attachmentId=" + docx.id() + "&actionLink="
                + java.net.URLEncoder.encode(link, java.nio.charset.StandardCharsets.UTF_8))), "config");
        Map<String, Object> payload = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) config.get("token"));

        assertEquals(Json.readObject(link), map(config, "editorConfig").get("actionLink"));
        assertEquals(Json.readObject(link), map(payload, "editorConfig").get("actionLink"), "signed, as DS reads it");
        Map<String, Object> malformed = map(json(get("?attachmentId=" + docx.id() + "&actionLink=%7Bnope")), "config");
        assertFalse(map(malformed, "editorConfig").containsKey("actionLink"), "a malformed link is left out");
    }
}
