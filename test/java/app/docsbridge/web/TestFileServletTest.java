package app.docsbridge.web;

import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small file the connection test asks the Document Server to download and convert. */
class TestFileServletTest {

    private static final String CONTENT = "ONLYOFFICE Docs connection test from Confluence.\n";

    private final TestApp app = new TestApp();
    private ServletServer server;
    private String link;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(SignedLinks.TEST_FILE_PATH, new TestFileServlet(app.links)));
        app.set("confluenceInternalUrl", server.baseUrl());
        link = app.links.testFileUrl(app.settings.snapshot());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private static String token(String url) {
        return URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }

    private String withToken(String token) {
        return server.baseUrl() + SignedLinks.TEST_FILE_PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void assertRefused(HttpResponse<byte[]> response, String what) {
        assertEquals(403, response.statusCode(), what);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        assertFalse(ServletServer.text(response).contains("connection test"), what);
    }

    @Test
    void get_shouldServeTheTestTextForAValidLink() throws Exception {
        assertTrue(link.startsWith(server.baseUrl() + SignedLinks.TEST_FILE_PATH + "?token="), link);

        HttpResponse<byte[]> response = server.get(link);

        assertEquals(200, response.statusCode());
        assertArrayEquals(CONTENT.getBytes(StandardCharsets.UTF_8), response.body());
        assertEquals("text/plain;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals(String.valueOf(CONTENT.length()), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void get_shouldNeedNoDocsTokenNorUser() throws Exception {
        // The secret under test may not be saved yet, so the Docs server's JWT is not asked for.
        app.set("jwtSecret", "");
        app.users.signOut();

        assertEquals(200, server.get(link).statusCode());
    }

    @Test
    void get_shouldStillServeShortlyBeforeTheLinkExpires() throws Exception {
        app.time.advance(Duration.ofMinutes(4).plusSeconds(50));

        assertEquals(200, server.get(link).statusCode());
    }

    @Test
    void get_shouldRefuseAnExpiredLink() throws Exception {
        app.time.advance(Duration.ofMinutes(5).plusSeconds(61));

        assertRefused(server.get(link), "expired");
    }

    @Test
    void get_shouldRefuseATamperedLink() throws Exception {
        String token = token(link);
        String[] parts = token.split("\\.");
        // Change the signature, then the payload (claiming a later expiry would need the secret).
        String badSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        String badPayload = parts[0] + "." + flip(parts[1]) + "." + parts[2];
        String unsigned = parts[0] + "." + parts[1] + ".";

        assertRefused(server.get(withToken(badSignature)), "signature");
        assertRefused(server.get(withToken(badPayload)), "payload");
        assertRefused(server.get(withToken(unsigned)), "unsigned");
        assertRefused(server.get(withToken("garbage")), "garbage");
        assertRefused(server.get(withToken("")), "empty");
        assertRefused(server.get(server.baseUrl() + SignedLinks.TEST_FILE_PATH), "no token");
    }

    @Test
    void get_shouldRefuseALinkSignedWithAnotherSecret() throws Exception {
        TestApp other = new TestApp();
        other.set("confluenceInternalUrl", server.baseUrl());

        assertRefused(server.get(other.links.testFileUrl(other.settings.snapshot())), "another instance's link");
    }

    @Test
    void get_shouldRefuseLinksForOtherActions() throws Exception {
        String fileLink = app.links.fileUrl(1001, 1);
        String callbackLink = app.links.callbackUrl(1001, "key-alice", "doc-key");

        assertRefused(server.get(withToken(token(fileLink))), "file link");
        assertRefused(server.get(withToken(token(callbackLink))), "callback link");
    }

    private static String flip(String part) {
        char last = part.charAt(part.length() / 2);
        char replacement = last == 'A' ? 'B' : 'A';
        return part.substring(0, part.length() / 2) + replacement + part.substring(part.length() / 2 + 1);
    }
}
