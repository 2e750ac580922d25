package app.docsbridge.web;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import app.docsbridge.testing.VelocityPageRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor page: rendered with the real template through Velocity, served by Jetty. */
class EditorServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/doceditor";
    private static final String XSS_NAME = "<img src=x onerror=alert(1)>.docx";
    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"docsbridge-editor-data\">";

    private final TestApp app = new TestApp();
    private final PropertiesMessages messages = new PropertiesMessages();
    private ServletServer server;
    private StoredAttachment secret;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(PATH, new EditorServlet(app.editors, app.users,
                app.permissions, new VelocityPageRenderer(), messages, app.hostUrls)));
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-eve", "eve", "Eve");
        app.users.add("key-admin", "admin", "Admin");
        app.permissions.makeSystemAdmin("key-admin");
        secret = app.attachments.add(7, "Secret merger plan.docx", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", secret.id()).allowEdit("key-admin", secret.id());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> open(String query) throws Exception {
        return server.get(PATH + query);
    }

    private static String html(HttpResponse<byte[]> response) {
        return ServletServer.text(response);
    }

    private static String editorData(String html) {
        int start = html.indexOf(DATA_OPEN);
        assertTrue(start >= 0, html);
        start += DATA_OPEN.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.get(name);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void editor_shouldRenderTheSignedConfigForAnEditor() throws Exception {
        app.users.signIn("key-alice");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());
        String html = html(response);
        Map<String, Object> data = Json.readObject(editorData(html));
        Map<String, Object> config = map(data, "config");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("edit", map(config, "editorConfig").get("mode"));
        assertEquals(TestApp.DOCS + "/web-apps/apps/api/documents/api.js", data.get("docsApiUrl"));
        assertEquals("/confluence/plugins/servlet/onlyoffice/editor-config?attachmentId=" + secret.id(),
                data.get("refreshUrl"));
        assertEquals("/confluence/pages/viewpageattachments.action?pageId=7", data.get("goBackUrl"));
        assertFalse(data.containsKey("configureUrl"), "only administrators get the configure link");
        assertTrue(html.contains("<title>Secret merger plan.docx - ONLYOFFICE</title>"), html);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<script src=\"/confluence/download/resources/"), "web-resource tags");
        assertFalse(html.contains(TestApp.SECRET));

        Map<String, Object> payload = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) config.get("token"));
        assertEquals(map(config, "document").get("key"), map(payload, "document").get("key"));
    }

    @Test
    void editor_shouldEscapeAHostileFileName() throws Exception {
        StoredAttachment hostile = app.attachments.add(7, XSS_NAME, new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", hostile.id());
        app.users.signIn("key-alice");

        HttpResponse<byte[]> response = open("?attachmentId=" + hostile.id());
        String html = html(response);
        String json = editorData(html);

        assertEquals(200, response.statusCode());
        assertFalse(html.contains("<img"), html);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertTrue(html.contains("<title>" + escaped(XSS_NAME) + " - ONLYOFFICE</title>"), html);
        Map<String, Object> data = Json.readObject(json);
        assertEquals(XSS_NAME, data.get("fileName"), "the page script still sees the real name");
        assertEquals(XSS_NAME, map(map(data, "config"), "document").get("title"));
    }

    @Test
    void editor_shouldNotLetAFileNameCloseTheScriptElement() throws Exception {
        String name = "</script><script>alert(1)</script>\u2028.docx";
        StoredAttachment hostile = app.attachments.add(7, name, new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", hostile.id());
        app.users.signIn("key-alice");

        String html = html(open("?attachmentId=" + hostile.id()));

        assertFalse(editorData(html).contains("</"), "the JSON cannot end the element");
        assertFalse(html.contains("<script>alert"), html);
        assertEquals(name, Json.readObject(editorData(html)).get("fileName"));
    }

    @Test
    void editor_shouldRespectModeView() throws Exception {
        app.users.signIn("key-alice");

        Map<String, Object> data = Json.readObject(editorData(html(open("?attachmentId=" + secret.id() + "&mode=view"))));

        assertEquals("view", map(map(data, "config"), "editorConfig").get("mode"));
        assertTrue(((String) data.get("refreshUrl")).endsWith("&mode=view"));
    }

    @Test
    void editor_shouldOfferTheConfigureLinkToAdministrators() throws Exception {
        app.users.signIn("key-admin");

        Map<String, Object> data = Json.readObject(editorData(html(open("?attachmentId=" + secret.id()))));

        assertEquals("/confluence/plugins/servlet/onlyoffice/configure", data.get("configureUrl"));
    }

    @Test
    void editor_shouldAnswer404WithoutTheFileNameToUsersWithoutPermission() throws Exception {
        app.users.signIn("key-eve");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());
        String html = html(response);

        assertEquals(404, response.statusCode());
        assertFalse(html.contains("Secret merger plan"), html);
        assertFalse(html.contains("docsbridge-editor-data"));
        assertTrue(html.contains(escaped(messages.text(java.util.Locale.ENGLISH, "docsbridge.editor.error.notFound"))),
                html);
    }

    @Test
    void editor_shouldAnswerTheSame404ForMissingAttachments() throws Exception {
        app.users.signIn("key-eve");

        HttpResponse<byte[]> missing = open("?attachmentId=987654321");
        HttpResponse<byte[]> hidden = open("?attachmentId=" + secret.id());

        assertEquals(404, missing.statusCode());
        assertEquals(html(missing), html(hidden), "users cannot tell hidden files from missing ones");
    }

    @Test
    void editor_shouldRedirectAnonymousVisitorsWithoutPermissionToLogin() throws Exception {
        app.users.signOut();

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id() + "&mode=view");

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals(TestApp.CONFLUENCE + "/login.action?os_destination="
                + URLEncoder.encode(PATH + "?attachmentId=" + secret.id() + "&mode=view", StandardCharsets.UTF_8),
                location);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(html(response).contains("Secret merger plan"));
    }

    @Test
    void editor_shouldShowAnonymousViewersTheViewer() throws Exception {
        app.users.signOut();
        app.permissions.allowView(null, secret.id());

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());
        Map<String, Object> config = map(Json.readObject(editorData(html(response))), "config");

        assertEquals(200, response.statusCode());
        assertEquals("view", map(config, "editorConfig").get("mode"));
        assertFalse(map(config, "editorConfig").containsKey("callbackUrl"));
    }

    @Test
    void editor_shouldExplainAMissingSecretToAdministratorsWithTheConfigureLink() throws Exception {
        app.set("jwtSecret", "");
        app.users.signIn("key-admin");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());
        String html = html(response);

        assertEquals(503, response.statusCode());
        assertTrue(html.contains("href=\"/confluence/plugins/servlet/onlyoffice/configure\""), html);
        assertTrue(html.contains(escaped(messages.text(java.util.Locale.ENGLISH,
                "docsbridge.editor.error.noSecret.admin"))), html);
        assertTrue(html.contains(messages.text(java.util.Locale.ENGLISH, "docsbridge.editor.error.configureLink")));
    }

    @Test
    void editor_shouldTellOtherUsersOnlyThatItIsNotConfigured() throws Exception {
        app.set("jwtSecret", "");
        app.users.signIn("key-alice");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());
        String html = html(response);

        assertEquals(503, response.statusCode());
        assertFalse(html.contains("/plugins/servlet/onlyoffice/configure"), html);
        assertTrue(html.contains(escaped(messages.text(java.util.Locale.ENGLISH,
                "docsbridge.editor.error.notConfigured"))), html);
    }

    @Test
    void editor_shouldExplainAMissingDocsAddressToAdministrators() throws Exception {
        app.set("docsUrl", "");
        app.users.signIn("key-admin");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());

        assertEquals(503, response.statusCode());
        assertTrue(html(response).contains(escaped(messages.text(java.util.Locale.ENGLISH,
                "docsbridge.editor.error.noAddress.admin"))));
        assertTrue(html(response).contains("href=\"/confluence/plugins/servlet/onlyoffice/configure\""));
    }

    @Test
    void editor_shouldAnswer400ForAMissingOrBadAttachmentId() throws Exception {
        app.users.signIn("key-alice");

        for (String query : new String[] {"", "?attachmentId=", "?attachmentId=abc", "?attachmentId=-5",
                "?attachmentId=0", "?attachmentId=99999999999999999999", "?attachmentId=9999999999999999999",
                "?attachmentId=%D9%A4%D9%A2", "?attachmentId=+42"}) {
            assertEquals(400, open(query).statusCode(), query);
        }
    }

    @Test
    void editor_shouldAnswer415ForUnsupportedFormats() throws Exception {
        StoredAttachment exe = app.attachments.add(7, "setup.exe", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", exe.id());
        app.users.signIn("key-alice");

        assertEquals(415, open("?attachmentId=" + exe.id()).statusCode());
    }

    @Test
    void messagePages_shouldBePrivateAndUnframed() throws Exception {
        app.users.signIn("key-eve");

        HttpResponse<byte[]> response = open("?attachmentId=" + secret.id());

        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void messagePages_shouldHaveARealTitleSayWhatToDoAndOfferAWayBack() throws Exception {
        app.users.signIn("key-eve");
        String notFound = html(open("?attachmentId=" + secret.id() + "&theme=dark"));
        assertTrue(notFound.contains("<title>File not found - ONLYOFFICE Docs</title>"), notFound);
        assertTrue(notFound.contains("<h1>File not found</h1>"), notFound);
        assertTrue(notFound.contains("ask the owner of the page"), notFound);
        assertTrue(notFound.contains("<a href=\"/confluence/\">Go to the Confluence dashboard</a>"), notFound);
        assertTrue(notFound.contains("data-color-mode=\"dark\""), "follows Confluence's colour mode: " + notFound);
        assertTrue(notFound.contains("prefers-color-scheme: dark"), "and the system's without it");

        app.users.signIn("key-alice");
        app.set("jwtSecret", "");
        String notConfigured = html(open("?attachmentId=" + secret.id()));
        assertTrue(notConfigured.contains("<title>ONLYOFFICE Docs is not set up yet - ONLYOFFICE Docs</title>"),
                notConfigured);
        assertTrue(notConfigured.contains("href=\"/confluence/pages/viewpageattachments.action?pageId=7\""),
                "back to the attachments of the file's page: " + notConfigured);
        assertTrue(notConfigured.contains("<html lang=\"en\">"), "no theme given: the system decides");
    }

    @Test
    void editor_shouldPassConfluencesThemeAndUseTheMobileEditorOnPhones() throws Exception {
        app.users.signIn("key-alice");
        String iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

        HttpResponse<byte[]> response = server.get(PATH + "?attachmentId=" + secret.id() + "&theme=dark",
                "User-Agent", iphone);
        String html = html(response);
        Map<String, Object> data = Json.readObject(editorData(html));
        Map<String, Object> config = map(data, "config");

        assertEquals("mobile", config.get("type"));
        assertEquals("default-dark", map(map(config, "editorConfig"), "customization").get("uiTheme"));
        assertTrue(((String) data.get("refreshUrl")).endsWith("&theme=dark"), "a refreshed config keeps the theme");
        assertTrue(html.contains("<html lang=\"en\" data-color-mode=\"dark\">"), html);
    }

    @Test
    void editor_shouldKeepTheActionLinkInTheRefreshedConfigsAddress() throws Exception {
        app.users.signIn("key-alice");
        String link = "{\"action\":{\"type\":\"comment\",\"data\":\"c-1\"}}";

        Map<String, Object> data = Json.readObject(editorData(html(open("?attachmentId=" + secret.id()
                + "&actionLink=" + java.net.URLEncoder.encode(link, java.nio.charset.StandardCharsets.UTF_8)))));
        String refreshUrl = (String) data.get("refreshUrl");
        String kept = java.net.URLDecoder.decode(refreshUrl.substring(refreshUrl.indexOf("&actionLink=") + 12),
                java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(Json.readObject(link), Json.readObject(kept));
        Map<String, Object> plain = Json.readObject(editorData(html(open("?attachmentId=" + secret.id()))));
        assertFalse(((String) plain.get("refreshUrl")).contains("actionLink"), "no link, nothing added");
    }
}
