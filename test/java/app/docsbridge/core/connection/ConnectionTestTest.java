package app.docsbridge.core.connection;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.ScriptedDocs;
import app.docsbridge.testing.TestApp;
import app.docsbridge.web.TestFileServlet;
import com.auth0.jwt.JWT;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection test against a stand-in Document Server that checks the JWT and really downloads the test file
 * from a Jetty serving {@link TestFileServlet} (docs-api §5–§7).
 */
class ConnectionTestTest {

    private static final String PUBLIC_DOCS = "https://docs.example.com";
    private static final String TEST_FILE_TEXT = "ONLYOFFICE Docs connection test from Confluence.\n";
    private static final Properties TEXTS = texts();

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private ScriptedDocs scripted;
    private Server confluence;
    private String confluenceUrl;
    private ConnectionTest connectionTest;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        scripted = ScriptedDocs.install(docs, TestApp.SECRET, app.time);
        confluence = new Server();
        ServerConnector connector = new ServerConnector(confluence);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        confluence.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/confluence");
        context.addServlet(new ServletHolder(new TestFileServlet(app.links)), SignedLinks.TEST_FILE_PATH);
        confluence.setHandler(context);
        confluence.start();
        confluenceUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/confluence";
        app.set("docsUrl", PUBLIC_DOCS).set("docsInternalUrl", docs.baseUrl())
                .set("confluenceInternalUrl", confluenceUrl);
        connectionTest = new ConnectionTest(app.docs, app.links);
    }

    @AfterEach
    void tearDown() throws Exception {
        docs.close();
        confluence.stop();
    }

    private List<TestStep> run() {
        return connectionTest.run(app.settings.snapshot());
    }

    private static void assertStep(TestStep step, String id, boolean ok, String messageKey, String... args) {
        assertEquals(id, step.id(), step.toString());
        assertEquals(ok, step.ok(), step.toString());
        assertFalse(step.skipped(), step.toString());
        assertEquals(messageKey, step.messageKey(), step.toString());
        assertEquals(List.of(args), step.args(), step.toString());
        assertTranslatable(step);
    }

    /** The page shows the step's text: its key must exist, with exactly one placeholder per argument. */
    private static void assertTranslatable(TestStep step) {
        String pattern = TEXTS.getProperty(step.messageKey());
        assertNotNull(pattern, "no text for " + step.messageKey());
        int placeholders = 0;
        while (pattern.contains("{" + placeholders + "}")) {
            placeholders++;
        }
        assertEquals(step.args().size(), placeholders, step.messageKey() + ": " + pattern);
    }

    private static Properties texts() {
        Properties texts = new Properties();
        try (InputStream in = ConnectionTestTest.class.getResourceAsStream("/i18n/docsbridge.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void assertSkipped(TestStep step, String id) {
        assertEquals(id, step.id());
        assertFalse(step.ok());
        assertTrue(step.skipped(), step.toString());
        assertEquals("docsbridge.test.skipped", step.messageKey());
        assertEquals(List.of(), step.args());
        assertTranslatable(step);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void run_shouldPassAllThreeStepsWithTheRightSecret() throws Exception {
        List<TestStep> steps = run();

        assertEquals(3, steps.size(), steps.toString());
        assertStep(steps.get(0), ConnectionTest.HEALTH, true, "docsbridge.test.health.ok", docs.baseUrl());
        assertStep(steps.get(1), ConnectionTest.COMMAND, true, "docsbridge.test.command.ok", ScriptedDocs.VERSION);
        assertStep(steps.get(2), ConnectionTest.CONVERSION, true, "docsbridge.test.conversion.ok", confluenceUrl);
        assertEquals(ScriptedDocs.VERSION, steps.get(1).version(), "the Docs version reaches the page");
        assertNull(steps.get(0).version());
        assertNull(steps.get(2).version());

        assertEquals(1, docs.requestsTo("/healthcheck").size());
        assertEquals(1, docs.requestsTo("/command").size());
        assertEquals(1, docs.requestsTo("/converter").size());
    }

    @Test
    void conversion_shouldMakeTheDocsServerDownloadTheTestFileFromConfluence() throws Exception {
        run();

        // What the Docs server was asked to do: everything inside the signed token (docs-api §5.4).
        Map<String, Object> body = Json.readObject(docs.requestsTo("/converter").get(0).body());
        Map<String, Object> claims = Json.readObject(new String(Base64.getUrlDecoder()
                .decode(JWT.decode((String) body.get("token")).getPayload()), StandardCharsets.UTF_8));
        assertEquals(false, claims.get("async"));
        assertEquals("txt", claims.get("filetype"));
        assertEquals("docx", claims.get("outputtype"));
        assertTrue(((String) claims.get("key")).startsWith("conntest-"), String.valueOf(claims.get("key")));
        String url = (String) claims.get("url");
        assertTrue(url.startsWith(confluenceUrl + SignedLinks.TEST_FILE_PATH + "?token="), url);

        // …and it really fetched the file from Confluence's TestFileServlet.
        List<ScriptedDocs.Download> downloads = scripted.downloads();
        assertEquals(1, downloads.size());
        assertEquals(url, downloads.get(0).url());
        assertEquals(200, downloads.get(0).status());
        assertEquals(TEST_FILE_TEXT, downloads.get(0).body());

        // Then Confluence fetched the result from the Docs server.
        assertEquals(1, docs.requests().stream().filter(r -> r.path().startsWith("/cache/files/")).count());
    }

    @Test
    void run_shouldTestTheCandidateSecretRatherThanTheStoredOne() {
        scripted.secret("the-new-docs-secret");

        List<TestStep> stored = run();
        List<TestStep> candidate = connectionTest.run(app.settings.preview(Map.of("jwtSecret", "the-new-docs-secret")));

        assertEquals("docsbridge.test.command.secretMismatch", stored.get(1).messageKey());
        assertTrue(candidate.stream().allMatch(TestStep::ok), candidate.toString());
        assertEquals(TestApp.SECRET, app.settings.snapshot().jwtSecret().orElseThrow(), "a test stores nothing");
    }

    @Test
    void health_shouldFailWhenTheDocsServerReportsAProblem() {
        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(200, "false"));

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, false, "docsbridge.test.health.unhealthy", docs.baseUrl());
        assertSkipped(steps.get(1), ConnectionTest.COMMAND);
        assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
        assertEquals(0, docs.requestsTo("/command").size(), "later steps are not run");
        assertEquals(0, docs.requestsTo("/converter").size());
    }

    @Test
    void health_shouldFailWhenTheHealthCheckAnswersAnError() {
        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(503, "true"));

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, false, "docsbridge.test.health.unhealthy", docs.baseUrl());
        assertSkipped(steps.get(1), ConnectionTest.COMMAND);
    }

    @Test
    void health_shouldSayThatAnAddressIsNotADocsServerWhenItAnswers404OrAPage() {
        // Confluence's own address, or any other site: a 404 page, a login redirect, a 200 page that is not "true".
        List<FakeDocsServer.Answer> notDocs = List.of(
                new FakeDocsServer.Answer(404, "text/html", "<html>Page not found</html>".getBytes(StandardCharsets.UTF_8), false, null),
                new FakeDocsServer.Answer(302, "text/html", new byte[0], false, "/login.action"),
                new FakeDocsServer.Answer(200, "text/html", "<!DOCTYPE html><title>Dashboard</title>".getBytes(StandardCharsets.UTF_8), false, null));
        for (FakeDocsServer.Answer answer : notDocs) {
            docs.route("/healthcheck", seen -> answer);

            List<TestStep> steps = run();

            assertStep(steps.get(0), ConnectionTest.HEALTH, false, "docsbridge.test.health.notDocs", docs.baseUrl(),
                    "HTTP " + answer.status() + ", text/html");
            assertEquals("docsInternalUrl", steps.get(0).field(), "the internal address is the one Confluence used");
            assertSkipped(steps.get(1), ConnectionTest.COMMAND);
            assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
        }
        assertEquals(0, docs.requestsTo("/command").size(), "nothing else is asked of a server that is not Docs");
    }

    @Test
    void failedSteps_shouldNameTheFieldToFix() {
        app.set("docsUrl", docs.baseUrl()).set("docsInternalUrl", "");
        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(404, "Not Found"));
        assertEquals("docsUrl", run().get(0).field(), "without an internal address the public one is at fault");

        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(200, "true"));
        scripted.secret("what-the-docs-server-has");
        List<TestStep> steps = run();
        assertNull(steps.get(0).field(), "a passing step points nowhere");
        assertEquals("jwtSecret", steps.get(1).field());

        app.set("docsUrl", "");
        assertEquals("docsUrl", run().get(0).field());
    }

    @Test
    void health_shouldReportAnUnreachableAddress() throws IOException {
        String nowhere = "http://127.0.0.1:" + closedPort();
        app.set("docsInternalUrl", nowhere);

        List<TestStep> steps = run();

        TestStep health = steps.get(0);
        assertEquals(ConnectionTest.HEALTH, health.id());
        assertFalse(health.ok());
        assertFalse(health.skipped());
        assertEquals("docsbridge.test.health.unreachable", health.messageKey());
        assertEquals(2, health.args().size(), health.args().toString());
        assertEquals(nowhere, health.args().get(0));
        assertFalse(health.args().get(1).isBlank(), "the reason is shown");
        assertTranslatable(health);
        assertSkipped(steps.get(1), ConnectionTest.COMMAND);
        assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
    }

    @Test
    void health_shouldUseThePublicAddressWithoutAnInternalOne() {
        app.set("docsUrl", docs.baseUrl()).set("docsInternalUrl", "");

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, true, "docsbridge.test.health.ok", docs.baseUrl());
        assertTrue(steps.stream().allMatch(TestStep::ok), steps.toString());
    }

    @Test
    void run_shouldSayWhenNothingIsConfigured() {
        app.set("docsUrl", "").set("docsInternalUrl", "");

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, false, "docsbridge.test.notConfigured");
        assertSkipped(steps.get(1), ConnectionTest.COMMAND);
        assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
        assertEquals(List.of(), docs.requests());
    }

    @Test
    void command_shouldReportASecretMismatchAndSkipTheConversion() {
        scripted.secret("what-the-docs-server-has");

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, true, "docsbridge.test.health.ok", docs.baseUrl());
        assertStep(steps.get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.secretMismatch",
                "Authorization");
        assertNull(steps.get(1).version());
        assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
        assertEquals(0, docs.requestsTo("/converter").size());
    }

    @Test
    void command_shouldNameTheConfiguredHeaderOnAMismatch() {
        app.set("jwtHeader", "AuthorizationJwt");
        docs.command(c -> Map.of("error", 6));

        assertStep(run().get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.secretMismatch",
                "AuthorizationJwt");
    }

    @Test
    void command_shouldFailWithoutASecret() {
        app.set("jwtSecret", "");

        List<TestStep> steps = run();

        assertStep(steps.get(0), ConnectionTest.HEALTH, true, "docsbridge.test.health.ok", docs.baseUrl());
        assertStep(steps.get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.noSecret");
        assertSkipped(steps.get(2), ConnectionTest.CONVERSION);
        assertEquals(0, docs.requestsTo("/command").size(), "nothing is sent unsigned");
        assertEquals(0, docs.requestsTo("/converter").size());
    }

    @Test
    void command_shouldReportExpiredTokensOtherErrorsAndFailures() {
        docs.command(c -> Map.of("error", 7));
        assertStep(run().get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.tokenExpired");

        docs.command(c -> Map.of("error", 3));
        assertStep(run().get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.error", "3");

        docs.command(c -> Map.of("version", "9.3"));
        assertStep(run().get(1), ConnectionTest.COMMAND, false, "docsbridge.test.command.error", "-1");

        docs.fail("/command", 404);
        TestStep failed = run().get(1);
        assertEquals("docsbridge.test.command.failed", failed.messageKey());
        assertFalse(failed.ok());
        assertTrue(failed.args().get(0).contains("404"), failed.args().toString());
        assertTranslatable(failed);
    }

    @Test
    void conversion_shouldReportThatTheDocsServerCannotDownloadFromConfluence() throws IOException {
        String unreachable = "http://127.0.0.1:" + closedPort() + "/confluence";
        app.set("confluenceInternalUrl", unreachable);

        List<TestStep> steps = run();

        assertTrue(steps.get(0).ok());
        assertTrue(steps.get(1).ok());
        assertStep(steps.get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.download", unreachable);
        assertEquals("confluenceInternalUrl", steps.get(2).field());
        assertEquals(1, scripted.downloads().size(), "the Docs server tried");
        assertTrue(scripted.downloads().get(0).url().startsWith(unreachable + SignedLinks.TEST_FILE_PATH));
    }

    @Test
    void conversion_shouldReportError4AsADownloadProblem() {
        docs.converter(request -> Map.of("error", -4));

        assertStep(run().get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.download",
                confluenceUrl);
    }

    @Test
    void conversion_shouldReportARefusedTokenAsASecretMismatch() {
        docs.converter(request -> Map.of("error", -8));

        assertStep(run().get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.command.secretMismatch",
                "Authorization");
    }

    @Test
    void conversion_shouldReportOtherErrors() {
        docs.converter(request -> Map.of("error", -3));
        assertStep(run().get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.error", "-3");

        docs.converter(request -> Map.of("endConvert", true));
        assertStep(run().get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.error", "0");
    }

    @Test
    void conversion_shouldRefuseAResultOnAForeignHost() {
        docs.converter(request -> Map.of("fileUrl", "https://evil.example.com/cache/files/output.docx",
                "endConvert", true));

        List<TestStep> steps = run();

        assertStep(steps.get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.resultAddress",
                PUBLIC_DOCS);
        assertFalse(steps.stream().allMatch(TestStep::ok));
    }

    @Test
    void conversion_shouldFetchAResultNamingThePublicAddressFromTheInternalOne() {
        docs.serve("/cache/files/data/public/output.docx", ScriptedDocs.RESULT);
        docs.converter(request -> Map.of("fileUrl", PUBLIC_DOCS + "/cache/files/data/public/output.docx?md5=x",
                "endConvert", true));

        assertStep(run().get(2), ConnectionTest.CONVERSION, true, "docsbridge.test.conversion.ok", confluenceUrl);
        assertEquals(1, docs.requestsTo("/cache/files/data/public/output.docx").size());
    }

    @Test
    void conversion_shouldRefuseAResultThatIsNotADocument() {
        String fileUrl = docs.serve("/cache/files/data/x/output.docx", "<html>error</html>".getBytes(StandardCharsets.UTF_8));
        docs.converter(request -> Map.of("fileUrl", fileUrl, "endConvert", true));

        assertStep(run().get(2), ConnectionTest.CONVERSION, false, "docsbridge.test.conversion.badResult");
    }

    @Test
    void conversion_shouldReportAResultThatCannotBeFetched() {
        String fileUrl = docs.fail("/cache/files/data/x/output.docx", 410);
        docs.converter(request -> Map.of("fileUrl", fileUrl, "endConvert", true));

        TestStep step = run().get(2);

        assertEquals("docsbridge.test.conversion.failed", step.messageKey());
        assertFalse(step.ok());
        assertTrue(step.args().get(0).contains("410"), step.args().toString());
        assertTranslatable(step);
    }

    @Test
    void run_shouldNotWriteAnyAdministratorSetting() {
        AppSettings.Snapshot before = app.settings.snapshot();
        app.settings.linkSecret();
        Map<String, String> stored = app.settingsStore.read();

        connectionTest.run(app.settings.preview(Map.of("docsUrl", docs.baseUrl(), "chat", "false")));

        assertEquals(stored, app.settingsStore.read());
        assertEquals(before.docsUrl(), app.settings.snapshot().docsUrl());
    }
}
