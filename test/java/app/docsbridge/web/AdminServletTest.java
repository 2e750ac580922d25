package app.docsbridge.web;

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

/** The Configure page shell: only for system administrators, and it never carries a setting. */
class AdminServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/configure";
    private static final String ROOT = "<div id=\"docsbridge-admin-root\"></div>";
    /** What the servlet required through PageBuilderService for the decorator to write. */
    private final java.util.List<String> required = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final TestApp app = new TestApp();
    private ServletServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(PATH, new AdminServlet(app.users, app.permissions,
                new VelocityPageRenderer(), new PropertiesMessages(), app.hostUrls, required::add)));
        app.users.add("key-admin", "admin", "Admin");
        app.users.add("key-alice", "alice", "Alice");
        app.permissions.makeSystemAdmin("key-admin");
        app.set("docsInternalUrl", "http://docs.internal:8080").set("jwtHeader", "AuthorizationJwt");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private static String html(HttpResponse<byte[]> response) {
        return ServletServer.text(response);
    }

    @Test
    void get_shouldSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<byte[]> response = server.get(PATH);

        assertEquals(302, response.statusCode());
        assertEquals(TestApp.CONFLUENCE + "/login.action?os_destination="
                        + URLEncoder.encode(PATH, StandardCharsets.UTF_8),
                response.headers().firstValue("Location").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(html(response).contains("docsbridge-admin-root"));
    }

    @Test
    void get_shouldRefuseUsersWhoAreNotSystemAdministrators() throws Exception {
        app.users.signIn("key-alice");

        HttpResponse<byte[]> response = server.get(PATH);

        String html = html(response);
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.contains("Only system administrators can configure ONLYOFFICE Docs."), html);
        assertFalse(html.contains("docsbridge-admin-root"), html);
        assertFalse(html.contains("admin-page"), "no script of the Configure page");
        assertFalse(html.contains(TestApp.SECRET));
    }

    @Test
    void get_shouldRenderThePageShellForASystemAdministrator() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<byte[]> response = server.get(PATH);

        String html = html(response);
        assertEquals(200, response.statusCode(), html);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(html.contains(ROOT), html);
        assertTrue(html.contains("<meta name=\"ajs-context-path\" content=\"/confluence\">"), html);
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.admin\">"), html);
        assertTrue(html.contains("<title>ONLYOFFICE Docs</title>"), html);
        assertTrue(html.contains("<html lang=\"en\">"), html);
        // Required for the atl.admin decorator to write (batched, transformed), not linked by hand.
        assertEquals(java.util.List.of("admin-page"), required);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("/download/resources/"), html);
        assertFalse(html.contains("$"), "every Velocity reference is filled in");
    }

    @Test
    void get_shouldNeverWriteSettingsIntoTheHtml() throws Exception {
        app.users.signIn("key-admin");

        String html = html(server.get(PATH));

        assertFalse(html.contains(TestApp.SECRET), "the secret");
        assertFalse(html.contains(TestApp.DOCS), "the Docs address");
        assertFalse(html.contains("docs.internal"), "the internal Docs address");
        assertFalse(html.contains("AuthorizationJwt"), "the header");
    }

    @Test
    void get_shouldFollowTheAdministratorsLanguage() throws Exception {
        app.users.signIn("key-admin");
        app.users.setLocale("key-admin", java.util.Locale.GERMAN);

        assertTrue(html(server.get(PATH)).contains("<html lang=\"de\">"));
    }
}
