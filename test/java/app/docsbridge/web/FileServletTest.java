package app.docsbridge.web;

import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.TestApp;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The download endpoint as the Document Server uses it (docs-api §3, §9.4 item 3). */
class FileServletTest {

    private static final byte[] BYTES = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final TestApp app = new TestApp();
    private ServletServer server;
    private StoredAttachment docx;
    private String fileUrl;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(SignedLinks.FILE_PATH,
                new FileServlet(app.links, app.attachments, app.settings, app.time)));
        app.set("confluenceInternalUrl", server.baseUrl());
        docx = app.attachments.add(7, "Résumé 2026.docx", BYTES, "key-alice");
        fileUrl = app.links.fileUrl(docx.id(), docx.version());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    /** The header the Document Server sends for {@code url}: {@code Bearer <JWT {payload:{url}}>}. */
    private String docsHeader(String url) {
        return DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, Map.of("url", url), app.time.now()));
    }

    private HttpResponse<byte[]> download(String url, String... headers) throws Exception {
        HttpResponse<byte[]> response = server.get(url, headers);
        assertFalse(response.statusCode() >= 300 && response.statusCode() < 400, "never a redirect");
        return response;
    }

    @Test
    void get_shouldServeTheBytesWithTheDocsToken() throws Exception {
        HttpResponse<byte[]> response = download(fileUrl, "Authorization", docsHeader(fileUrl));

        assertEquals(200, response.statusCode());
        assertArrayEquals(BYTES, response.body());
        assertEquals(String.valueOf(BYTES.length), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%202026.docx",
                response.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void get_shouldAcceptABareTokenWithoutBearerPrefix() throws Exception {
        String bare = DocsTokens.wrapped(TestApp.SECRET, Map.of("url", fileUrl), app.time.now());

        assertEquals(200, download(fileUrl, "Authorization", bare).statusCode());
    }

    @Test
    void get_shouldRefuseWithoutTheDocsHeader() throws Exception {
        HttpResponse<byte[]> response = download(fileUrl);

        assertEquals(403, response.statusCode());
        assertFalse(ServletServer.text(response).contains("0123456789"));
    }

    @Test
    void get_shouldRefuseWhenTheHeaderNamesAnotherLink() throws Exception {
        StoredAttachment other = app.attachments.add(7, "other.docx", "other".getBytes(StandardCharsets.UTF_8), "u");
        String otherUrl = app.links.fileUrl(other.id(), 1);

        // A genuine Docs token for one file must not open another one.
        assertEquals(403, download(fileUrl, "Authorization", docsHeader(otherUrl)).statusCode());
        assertEquals(403, download(otherUrl, "Authorization", docsHeader(fileUrl)).statusCode());
    }

    @Test
    void get_shouldRefuseWhenTheHeaderNamesAnotherEndpointWithTheSameToken() throws Exception {
        String token = fileUrl.substring(fileUrl.indexOf("?token=") + 7);
        String elsewhere = "https://evil.example.com/steal?token=" + token;

        assertEquals(403, download(fileUrl, "Authorization", docsHeader(elsewhere)).statusCode());
    }

    @Test
    void get_shouldRefuseBadDocsTokens() throws Exception {
        String wrongSecret = DocsTokens.bearer(DocsTokens.wrapped("wrong-secret", Map.of("url", fileUrl),
                app.time.now()));
        String expired = DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, Map.of("url", fileUrl),
                app.time.now().minus(Duration.ofMinutes(5)).minusSeconds(61)));
        String unsigned = DocsTokens.bearer(DocsTokens.unsigned("{\"payload\":{\"url\":\"" + fileUrl + "\"}}"));
        String flat = DocsTokens.bearer(DocsTokens.flat(TestApp.SECRET, Map.of("url", fileUrl), app.time.now()));
        String noUrl = DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, Map.of("key", "k"), app.time.now()));

        for (String header : new String[] {wrongSecret, expired, unsigned, flat, noUrl, "Bearer ", "garbage"}) {
            assertEquals(403, download(fileUrl, "Authorization", header).statusCode(), header);
        }
    }

    @Test
    void get_shouldAcceptHs512DocsTokens() throws Exception {
        String hs512 = DocsTokens.bearer(DocsTokens.sign(Algorithm.HMAC512(TestApp.SECRET),
                Map.of("payload", Map.of("url", fileUrl)), app.time.now(), Duration.ofMinutes(5)));

        assertEquals(200, download(fileUrl, "Authorization", hs512).statusCode());
    }

    @Test
    void get_shouldRefuseWhenNoSecretIsConfigured() throws Exception {
        String header = docsHeader(fileUrl);
        app.set("jwtSecret", "");

        assertEquals(403, download(fileUrl, "Authorization", header).statusCode());
    }

    @Test
    void get_shouldRefuseExpiredAndForeignLinks() throws Exception {
        String callbackUrl = app.links.callbackUrl(docx.id(), "key-alice", "k");
        String callbackAsFile = server.baseUrl() + SignedLinks.FILE_PATH + callbackUrl.substring(callbackUrl.indexOf('?'));

        assertEquals(403, download(callbackAsFile, "Authorization", docsHeader(callbackAsFile)).statusCode());
        assertEquals(403, download(server.baseUrl() + SignedLinks.FILE_PATH, "Authorization",
                docsHeader(server.baseUrl() + SignedLinks.FILE_PATH)).statusCode());

        app.time.advance(Duration.ofHours(1).plusMinutes(2));
        assertEquals(403, download(fileUrl, "Authorization", docsHeader(fileUrl)).statusCode());
    }

    @Test
    void get_shouldReadTheConfiguredHeader() throws Exception {
        app.set("jwtHeader", "AuthorizationJwt");

        assertEquals(200, download(fileUrl, "AuthorizationJwt", docsHeader(fileUrl)).statusCode());
        assertEquals(403, download(fileUrl, "Authorization", docsHeader(fileUrl)).statusCode());
    }

    @Test
    void get_shouldServeTheLinkedVersionEvenAfterANewOne() throws Exception {
        app.attachments.storeVersion(docx.id(), "u", new ByteArrayInputStream(new byte[] {1, 2}), 2, "c");

        HttpResponse<byte[]> response = download(fileUrl, "Authorization", docsHeader(fileUrl));

        assertEquals(200, response.statusCode());
        assertArrayEquals(BYTES, response.body());
    }

    @Test
    void get_shouldAnswer404ForADeletedAttachment() throws Exception {
        app.attachments.delete(docx.id());

        assertEquals(404, download(fileUrl, "Authorization", docsHeader(fileUrl)).statusCode());
    }

    @Test
    void range_shouldAnswer206WithThePart() throws Exception {
        HttpResponse<byte[]> response = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", "bytes=2-5");

        assertEquals(206, response.statusCode());
        assertArrayEquals(Arrays.copyOfRange(BYTES, 2, 6), response.body());
        assertEquals("bytes 2-5/16", response.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("4", response.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void range_shouldSupportOpenAndSuffixRanges() throws Exception {
        HttpResponse<byte[]> open = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", "bytes=10-");
        HttpResponse<byte[]> suffix = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", "bytes=-3");
        HttpResponse<byte[]> beyond = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", "bytes=14-99");

        assertEquals(206, open.statusCode());
        assertArrayEquals(Arrays.copyOfRange(BYTES, 10, 16), open.body());
        assertEquals(206, suffix.statusCode());
        assertArrayEquals(Arrays.copyOfRange(BYTES, 13, 16), suffix.body());
        assertEquals("bytes 13-15/16", suffix.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(206, beyond.statusCode());
        assertArrayEquals(Arrays.copyOfRange(BYTES, 14, 16), beyond.body());
    }

    @Test
    void range_shouldAnswer416WhenUnsatisfiable() throws Exception {
        for (String range : new String[] {"bytes=16-", "bytes=100-200", "bytes=-0"}) {
            HttpResponse<byte[]> response = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", range);

            assertEquals(416, response.statusCode(), range);
            assertEquals("bytes */16", response.headers().firstValue("Content-Range").orElseThrow(), range);
            assertEquals(0, response.body().length, range);
        }
    }

    @Test
    void range_shouldServeEverythingForMultipleOrUnparsableRanges() throws Exception {
        for (String range : new String[] {"bytes=0-1,4-5", "items=0-3", "bytes=a-b", "bytes=5"}) {
            HttpResponse<byte[]> response = download(fileUrl, "Authorization", docsHeader(fileUrl), "Range", range);

            assertEquals(200, response.statusCode(), range);
            assertArrayEquals(BYTES, response.body(), range);
        }
    }

    @Test
    void range_shouldNotBeServedWithoutTheDocsToken() throws Exception {
        assertEquals(403, download(fileUrl, "Range", "bytes=2-5").statusCode());
    }

    @Test
    void link_shouldWorkWhenTheTokenArrivesPercentEncoded() throws Exception {
        // Some proxies percent-encode characters that need no encoding; the token must still match.
        String token = URLDecoder.decode(URI.create(fileUrl).getRawQuery().substring(6), StandardCharsets.UTF_8);
        String encoded = server.baseUrl() + SignedLinks.FILE_PATH + "?token=" + token.replace(".", "%2E");

        HttpResponse<byte[]> response = download(encoded, "Authorization", docsHeader(fileUrl));

        assertEquals(200, response.statusCode());
        assertTrue(Arrays.equals(BYTES, response.body()));
    }
}
