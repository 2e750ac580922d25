package app.docsbridge.core.docs;

import app.docsbridge.core.json.Json;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.FakeDocsServer.Answer;
import app.docsbridge.testing.TestApp;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests to the Document Server (docs-api §5.4, §6, §7) against a local stand-in. */
class DocsClientTest {

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private DocsClient client;

    @BeforeEach
    void setUp() throws IOException {
        docs = new FakeDocsServer();
        app.set("docsUrl", "https://docs.example.com").set("docsInternalUrl", docs.baseUrl());
        client = app.docs;
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    /** Verifies as the Document Server would, at the test's time. */
    private DecodedJWT verified(String token) {
        return ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(TestApp.SECRET)))
                .build(Clock.fixed(app.time.now(), ZoneOffset.UTC)).verify(token);
    }

    @Test
    void command_shouldSignTheBodyFlatAndTheHeaderWrapped() throws IOException {
        docs.command(c -> Map.of("error", 0, "version", "9.3.1.11"));

        Map<String, Object> answer = client.command(Map.of("c", "version"));

        assertEquals(Map.of("error", 0, "version", "9.3.1.11"), answer);
        FakeDocsServer.Seen seen = docs.requestsTo("/command").get(0);
        assertEquals("POST", seen.method());
        assertTrue(seen.header("Content-Type").startsWith("application/json"));
        assertEquals("application/json", seen.header("Accept"));

        Map<String, Object> body = Json.readObject(seen.body());
        assertEquals("version", body.get("c"));
        DecodedJWT bodyToken = verified((String) body.get("token"));
        assertEquals("version", bodyToken.getClaim("c").asString(), "every parameter inside the token (§5.4)");
        assertEquals(app.time.now().plusSeconds(300).getEpochSecond(), bodyToken.getExpiresAtAsInstant().getEpochSecond());

        String header = seen.header("Authorization");
        assertTrue(header.startsWith("Bearer "), header);
        assertEquals(Map.of("c", "version"), verified(header.substring(7)).getClaim("payload").asMap());
    }

    @Test
    void command_shouldUseTheConfiguredHeader() throws IOException {
        app.set("jwtHeader", "AuthorizationJwt");
        docs.command(c -> Map.of("error", 0));

        client.command(Map.of("c", "info", "key", "k"));

        FakeDocsServer.Seen seen = docs.requestsTo("/command").get(0);
        assertNull(seen.header("Authorization"));
        assertTrue(seen.header("AuthorizationJwt").startsWith("Bearer "));
    }

    @Test
    void command_withoutSecret_shouldSendNoToken() throws IOException {
        app.set("jwtSecret", "");
        docs.command(c -> Map.of("error", 0));

        client.command(Map.of("c", "version"));

        FakeDocsServer.Seen seen = docs.requestsTo("/command").get(0);
        assertFalse(seen.body().contains("token"));
        assertNull(seen.header("Authorization"));
    }

    @Test
    void convert_shouldPostToTheInternalAddress() throws IOException {
        docs.converter(r -> Map.of("fileUrl", "https://docs.example.com/cache/x", "endConvert", true, "percent", 100));

        Map<String, Object> answer = client.convert(Map.of("filetype", "txt", "outputtype", "docx", "key", "k",
                "url", "https://wiki.example.com/f"));

        assertEquals(true, answer.get("endConvert"));
        assertEquals(1, docs.requestsTo("/converter").size());
        assertEquals("docx", verified((String) Json
                .readObject(docs.requestsTo("/converter").get(0).body()).get("token")).getClaim("outputtype").asString());
    }

    @Test
    void requests_shouldFailWhenNotConfigured() {
        app.set("docsUrl", "").set("docsInternalUrl", "");

        assertThrows(DocsRejectedException.class, () -> client.command(Map.of("c", "version")));
    }

    @Test
    void requests_shouldMapHttpFailures() {
        docs.route("/command", seen -> Answer.text(500, "boom"));
        assertThrows(DocsUnavailableException.class, () -> client.command(Map.of("c", "version")));

        docs.route("/command", seen -> Answer.text(429, "slow down"));
        assertThrows(DocsUnavailableException.class, () -> client.command(Map.of("c", "version")));

        docs.route("/command", seen -> Answer.text(403, "ip filter"));
        assertThrows(DocsRejectedException.class, () -> client.command(Map.of("c", "version")));

        docs.route("/command", seen -> Answer.text(200, "<html>proxy login</html>"));
        assertThrows(DocsRejectedException.class, () -> client.command(Map.of("c", "version")));
    }

    @Test
    void requests_shouldReportAnUnreachableServerAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        app.set("docsInternalUrl", "http://127.0.0.1:" + closedPort);

        assertThrows(DocsUnavailableException.class, () -> client.command(Map.of("c", "version")));
        assertThrows(DocsUnavailableException.class, () -> client.healthy());
    }

    @Test
    void healthy_shouldReadTheBodyAsABoolean() throws IOException {
        docs.route("/healthcheck", seen -> Answer.text(200, "true\n"));
        assertTrue(client.healthy());

        docs.route("/healthcheck", seen -> Answer.text(200, "false"));
        assertFalse(client.healthy(), "DS answers 200 with false when a component is down");

        docs.route("/healthcheck", seen -> Answer.text(502, "true"));
        assertFalse(client.healthy());
    }

    @Test
    void fetch_shouldStreamFromTheInternalAddress() throws Exception {
        byte[] bytes = "result".getBytes(StandardCharsets.UTF_8);
        docs.serve("/cache/files/x/output.docx", bytes);

        try (DocsDownload download = client.fetch("https://docs.example.com/cache/files/x/output.docx?md5=1")) {
            assertEquals(bytes.length, download.length());
            assertArrayEquals(bytes, download.body().readAllBytes());
        }
        assertEquals("md5=1", docs.requestsTo("/cache/files/x/output.docx").get(0).query());
    }

    @Test
    void fetch_shouldReportAnUnknownLengthAsMinusOne() throws Exception {
        docs.serve("/cache/files/x/output.docx", new byte[] {1, 2, 3}, true);

        try (DocsDownload download = client.fetch(docs.baseUrl() + "/cache/files/x/output.docx")) {
            assertEquals(-1, download.length());
            assertArrayEquals(new byte[] {1, 2, 3}, download.body().readAllBytes());
        }
    }

    @Test
    void fetch_shouldAcceptOnly200() {
        assertThrows(DocsRejectedException.class, () -> client.fetch(docs.fail("/cache/gone", 410)));
        assertThrows(DocsRejectedException.class, () -> client.fetch(docs.fail("/cache/bad-md5", 403)));
        assertThrows(DocsUnavailableException.class, () -> client.fetch(docs.fail("/cache/busy", 503)));
        assertThrows(DocsRejectedException.class, () -> client.fetch(docs.redirect("/cache/moved",
                docs.baseUrl() + "/elsewhere")));
        assertTrue(docs.requestsTo("/elsewhere").isEmpty(), "redirects are never followed");
    }

    @Test
    void fetch_shouldRefuseForeignUrls() {
        assertThrows(ForeignUrlException.class, () -> client.fetch("https://evil.example.com/cache/x"));
        assertThrows(ForeignUrlException.class, () -> client.fetch("http://127.0.0.1:1/cache/x"));
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void fetch_aServerThatStallsAfterTheHeaders_shouldFailTheReadAfterTheIdleTimeout() throws Exception {
        DocsClient quick = DocsClient.withDownloadBounds(app.settings, app.time, java.time.Duration.ofMillis(300),
                java.time.Duration.ofSeconds(30));
        String url = docs.stall("/cache/files/stall/output.docx", "PK".getBytes(StandardCharsets.US_ASCII), 10_000);
        long started = System.nanoTime();

        try (DocsDownload download = quick.fetch(url)) {
            byte[] head = download.body().readNBytes(2);
            assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), head);
            DocsUnavailableException e = assertThrows(DocsUnavailableException.class, () -> download.body().read());
            assertTrue(e.getMessage().contains("stopped sending"), e.getMessage());
            assertThrows(DocsUnavailableException.class, () -> download.body().read(),
                    "a failed download never looks complete");
        }
        assertTrue((System.nanoTime() - started) / 1_000_000 < 5_000);
    }

    @Test
    void fetch_aServerThatTricklesBeyondTheDeadline_shouldFail() throws Exception {
        DocsClient quick = DocsClient.withDownloadBounds(app.settings, app.time, java.time.Duration.ofSeconds(5),
                java.time.Duration.ofMillis(400));
        String url = docs.stall("/cache/files/slow/output.docx", new byte[] {1}, 10_000);

        try (DocsDownload download = quick.fetch(url)) {
            DocsUnavailableException e = assertThrows(DocsUnavailableException.class,
                    () -> download.body().readAllBytes());
            assertTrue(e.getMessage().contains("deadline"), e.getMessage());
        }
    }

}
