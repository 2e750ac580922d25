package app.docsbridge.web;

import app.docsbridge.core.connection.ConnectionTest;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.settings.SettingsSchema;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.ScriptedDocs;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Configure page's JSON API over Jetty, with a stand-in Document Server that checks the JWT and downloads the
 * test file from the same Jetty (so a passing test is a real round trip).
 */
class SettingsServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/settings";
    private static final String[] XSRF = {"X-Atlassian-Token", "no-check", "Content-Type", "application/json"};
    private static final String NEW_SECRET = "brand-new-docs-secret-42";

    private final TestApp app = new TestApp();
    private final Messages messages = confluenceLikeMessages();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private FakeDocsServer docs;
    private ScriptedDocs scripted;
    private ServletServer server;
    private Map<String, String> before;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        scripted = ScriptedDocs.install(docs, TestApp.SECRET, app.time);
        SettingsServlet settings = new SettingsServlet(app.settings, new ConnectionTest(app.docs, app.links),
                app.users, app.permissions, messages, app.hostUrls, app.time, app.mail, app.mentionMail);
        server = ServletServer.start("/confluence", Map.of(PATH + "/*", settings,
                SignedLinks.TEST_FILE_PATH, new TestFileServlet(app.links)));
        app.users.add("key-admin", "admin", "Admin");
        app.users.add("key-alice", "alice", "Alice");
        app.permissions.makeSystemAdmin("key-admin");
        app.set("docsInternalUrl", docs.baseUrl()).set("confluenceInternalUrl", server.baseUrl());
        app.settings.linkSecret(); // created on first use; made now so that "nothing stored" compares all values
        before = app.settingsStore.read();
    }

    @AfterEach
    void tearDown() {
        server.close();
        docs.close();
    }

    // ---- helpers ----

    /**
     * The app's English texts, always run through {@link MessageFormat} as Confluence's I18nResolver does (so
     * {@code ''} reads as one quote even without arguments, unlike the shared {@code PropertiesMessages}).
     */
    private static Messages confluenceLikeMessages() {
        Properties texts = new Properties();
        try (InputStream in = SettingsServletTest.class.getResourceAsStream("/i18n/docsbridge.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (locale, key, args) -> {
            String pattern = texts.getProperty(key);
            return pattern == null ? key : new MessageFormat(pattern, locale).format(args);
        };
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private HttpResponse<String> put(Map<String, Object> body, String... headers) throws Exception {
        return send("PUT", PATH, Json.write(body), headers.length == 0 ? XSRF : headers);
    }

    private HttpResponse<String> post(String subPath, Map<String, Object> body, String... headers) throws Exception {
        return send("POST", PATH + subPath, Json.write(body), headers.length == 0 ? XSRF : headers);
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        return Json.readObject(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> test) {
        return (List<Map<String, Object>>) test.get("steps");
    }

    private String text(String key, Object... args) {
        return messages.text(Locale.ENGLISH, key, args);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A complete, valid change that the Docs server accepts once it expects {@link #NEW_SECRET}. */
    private Map<String, Object> goodChange() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("docsUrl", "HTTPS://Docs.Example.COM/office/");
        values.put("docsInternalUrl", docs.baseUrl().toUpperCase(Locale.ROOT) + "/");
        values.put("confluenceInternalUrl", server.baseUrl() + "//");
        values.put("jwtHeader", " AuthorizationJwt ");
        values.put("verifyCertificates", false);
        values.put("lossyEditable", List.of("ODT", "rtf", "odt", " csv "));
        values.put("chat", false);
        values.put("reviewDisplay", "markup");
        return body("values", values, "jwtSecret", "  " + NEW_SECRET + "  ");
    }

    private void assertNothingStored() {
        assertEquals(before, app.settingsStore.read(), "nothing is stored");
    }

    // ---- who may call ----

    @Test
    void anonymous_shouldGet401Everywhere() throws Exception {
        List<HttpResponse<String>> responses = List.of(get(PATH), put(goodChange()), post("/test", goodChange()),
                post("/reveal", Map.of()));

        for (HttpResponse<String> response : responses) {
            assertEquals(401, response.statusCode(), response.request().toString());
            assertEquals(Map.of("error", "loginRequired"), json(response));
            assertFalse(response.body().contains(TestApp.SECRET));
        }
        assertNothingStored();
        assertEquals(List.of(), docs.requests(), "no connection test for anonymous callers");
    }

    @Test
    void nonAdmin_shouldGet403Everywhere() throws Exception {
        app.users.signIn("key-alice");

        List<HttpResponse<String>> responses = List.of(get(PATH), put(goodChange()),
                put(body("values", Map.of(), "confirmFailingTest", true)), post("/test", goodChange()),
                post("/reveal", Map.of()));

        for (HttpResponse<String> response : responses) {
            assertEquals(403, response.statusCode(), response.request().toString());
            assertEquals(Map.of("error", "forbidden"), json(response));
            assertFalse(response.body().contains(TestApp.SECRET));
            assertFalse(response.body().contains(TestApp.DOCS), "no settings for non-administrators");
        }
        assertNothingStored();
        assertEquals(List.of(), docs.requests());
    }

    // ---- GET ----

    @Test
    void get_shouldAnswerEverySettingButTheSecret() throws Exception {
        app.users.signIn("key-admin");
        app.set("lossyEditable", "odt,csv").set("forcesave", "true");

        HttpResponse<String> response = get(PATH);

        assertEquals(200, response.statusCode());
        Map<String, Object> answer = json(response);
        assertEquals(true, answer.get("secretSet"));
        Map<String, Object> values = map(answer, "values");
        assertEquals(SettingsSchema.all().keySet().stream().filter(name -> !name.equals("jwtSecret")).toList(),
                List.copyOf(values.keySet()));
        assertEquals(TestApp.DOCS, values.get("docsUrl"));
        assertEquals(docs.baseUrl(), values.get("docsInternalUrl"));
        assertEquals("Authorization", values.get("jwtHeader"), "the default");
        assertEquals(true, values.get("verifyCertificates"), "booleans as JSON booleans");
        assertEquals(true, values.get("forcesave"));
        assertEquals(false, values.get("feedback"));
        assertEquals(List.of("odt", "csv"), values.get("lossyEditable"));
        assertEquals("original", values.get("reviewDisplay"));
        assertFalse(response.body().contains(TestApp.SECRET), response.body());
        assertFalse(response.body().contains("jwtSecret"), response.body());
        assertFalse(response.body().contains(app.settings.linkSecret()), "internal values stay inside");
    }

    @Test
    void get_shouldSayWhenNoSecretIsSet() throws Exception {
        app.users.signIn("key-admin");
        app.set("jwtSecret", "");

        Map<String, Object> answer = json(get(PATH));

        assertEquals(false, answer.get("secretSet"));
        assertEquals(List.of(), map(answer, "values").get("lossyEditable"));
    }

    @Test
    void get_shouldNotServeOtherPaths() throws Exception {
        app.users.signIn("key-admin");

        assertEquals(200, get(PATH + "/").statusCode());
        HttpResponse<String> reveal = get(PATH + "/reveal");
        assertEquals(404, reveal.statusCode());
        assertFalse(reveal.body().contains(TestApp.SECRET), "the secret is never served to a GET");
        assertEquals(404, get(PATH + "/anything").statusCode());
    }

    // ---- PUT: XSRF ----

    @Test
    void put_shouldRefuseWithoutTheXsrfHeader() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> response = put(goodChange(), "Content-Type", "application/json");

        assertEquals(403, response.statusCode());
        assertEquals(Map.of("error", "xsrf"), json(response));
        assertNothingStored();
        assertEquals(List.of(), docs.requests(), "not even tested");
    }

    @Test
    void put_shouldRefuseAFormContentType() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        for (String contentType : new String[] {"application/x-www-form-urlencoded", "text/plain",
                "multipart/form-data; boundary=x"}) {
            HttpResponse<String> response = put(goodChange(), "X-Atlassian-Token", "no-check", "Content-Type",
                    contentType);

            assertEquals(403, response.statusCode(), contentType);
            assertEquals(Map.of("error", "xsrf"), json(response));
        }
        assertNothingStored();
        assertEquals(List.of(), docs.requests());
    }

    @Test
    void put_shouldRefuseAForeignOrigin() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> response = put(goodChange(), "X-Atlassian-Token", "no-check", "Content-Type",
                "application/json", "Origin", "https://evil.example.com");

        assertEquals(403, response.statusCode());
        assertEquals(Map.of("error", "xsrf"), json(response));
        assertNothingStored();
        assertEquals(List.of(), docs.requests());
    }

    @Test
    void put_shouldAcceptThisConfluencesOrigin() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> canonical = put(goodChange(), "X-Atlassian-Token", "no-check", "Content-Type",
                "application/json", "Origin", "https://wiki.example.com");
        HttpResponse<String> direct = put(goodChange(), "X-Atlassian-Token", "no-check", "Content-Type",
                "application/json", "Origin", "http://" + URI.create(server.baseUrl()).getRawAuthority());

        assertEquals(200, canonical.statusCode(), canonical.body());
        assertEquals(200, direct.statusCode(), direct.body());
    }

    // ---- PUT: validation ----

    @Test
    void put_shouldAnswer400WithTranslatedMessagesPerFieldAndStoreNothing() throws Exception {
        app.users.signIn("key-admin");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("docsUrl", "ftp://docs.example.com");
        values.put("docsInternalUrl", "https://u:p@docs.internal");
        values.put("jwtHeader", "Bad Header");
        values.put("chat", "true");
        values.put("lossyEditable", List.of("docx"));
        values.put("reviewDisplay", "Markup");
        values.put("noSuchSetting", 1);
        values.put("comments", false);

        HttpResponse<String> response = put(body("values", values, "jwtSecret", "short"));

        assertEquals(400, response.statusCode(), response.body());
        Map<String, Object> answer = json(response);
        assertEquals(false, answer.get("saved"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("docsUrl", text("docsbridge.validation.url"));
        expected.put("docsInternalUrl", text("docsbridge.validation.url"));
        expected.put("jwtHeader", text("docsbridge.validation.header"));
        expected.put("chat", text("docsbridge.validation.boolean"));
        expected.put("lossyEditable", text("docsbridge.validation.formats"));
        expected.put("reviewDisplay", text("docsbridge.validation.choice"));
        expected.put("noSuchSetting", text("docsbridge.validation.unknown"));
        expected.put("jwtSecret", text("docsbridge.validation.secret"));
        assertEquals(expected, map(answer, "errors"));
        assertEquals("Use letters, digits and !#$%&'*+-.^_`|~ only (for example Authorization).",
                map(answer, "errors").get("jwtHeader"), "translated, not a key");
        assertNothingStored();
        assertEquals(List.of(), docs.requests(), "invalid settings are not tested");
    }

    @Test
    void put_shouldRefuseAnEmptyDocsAddressAndTheSecretInsideValues() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = put(body("values", body("docsUrl", "", "jwtSecret", NEW_SECRET)));

        assertEquals(400, response.statusCode());
        assertEquals(Map.of("docsUrl", text("docsbridge.validation.urlRequired"),
                "jwtSecret", text("docsbridge.validation.unknown")), map(json(response), "errors"));
        assertNothingStored();
    }

    @Test
    void put_shouldRefuseABodyWithoutValues() throws Exception {
        app.users.signIn("key-admin");

        for (String raw : new String[] {"{}", "not json", "[1,2]", "{\"values\":[]}", ""}) {
            HttpResponse<String> response = send("PUT", PATH, raw, XSRF);

            assertEquals(400, response.statusCode(), raw);
            assertEquals(false, json(response).get("saved"), raw);
        }
        assertNothingStored();
    }

    // ---- PUT: test, then save ----

    @Test
    void put_shouldAnswer409AndStoreNothingWhenTheTestFails() throws Exception {
        app.users.signIn("key-admin");
        // The Docs server still has the old secret: the command step must fail.

        HttpResponse<String> response = put(goodChange());

        assertEquals(409, response.statusCode(), response.body());
        Map<String, Object> answer = json(response);
        assertEquals(false, answer.get("saved"));
        Map<String, Object> test = map(answer, "test");
        assertEquals(false, test.get("ok"));
        List<Map<String, Object>> steps = steps(test);
        assertEquals(List.of("health", "command", "conversion"), steps.stream().map(s -> s.get("id")).toList());
        assertEquals(true, steps.get(0).get("ok"));
        assertEquals(false, steps.get(1).get("ok"));
        assertEquals(text("docsbridge.test.command.secretMismatch", "AuthorizationJwt"), steps.get(1).get("message"),
                "the message names the header under test");
        assertEquals(true, steps.get(2).get("skipped"));
        assertEquals(text("docsbridge.test.skipped"), steps.get(2).get("message"));
        assertFalse(answer.containsKey("values"));
        assertFalse(response.body().contains(NEW_SECRET));
        assertNothingStored();
    }

    @Test
    void put_shouldSaveAFailingConfigurationWhenConfirmed() throws Exception {
        app.users.signIn("key-admin");
        Map<String, Object> change = goodChange();
        change.put("confirmFailingTest", true);

        HttpResponse<String> response = put(change);

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> answer = json(response);
        assertEquals(true, answer.get("saved"));
        assertEquals(false, map(answer, "test").get("ok"), "the page still shows what failed");
        assertEquals(NEW_SECRET, app.settingsStore.read().get("jwtSecret"));
        assertEquals("https://docs.example.com/office", app.settingsStore.read().get("docsUrl"));
        assertFalse(response.body().contains(NEW_SECRET));
    }

    @Test
    void put_shouldNotTreatAnythingButTrueAsConfirmation() throws Exception {
        app.users.signIn("key-admin");

        for (Object confirm : new Object[] {"true", 1, false}) {
            Map<String, Object> change = goodChange();
            change.put("confirmFailingTest", confirm);

            assertEquals(409, put(change).statusCode(), String.valueOf(confirm));
        }
        assertNothingStored();
    }

    @Test
    void put_shouldTestThenSaveNormalizedValues() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> response = put(goodChange());

        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> stored = app.settingsStore.read();
        assertEquals("https://docs.example.com/office", stored.get("docsUrl"));
        assertEquals(docs.baseUrl(), stored.get("docsInternalUrl"));
        assertEquals(server.baseUrl(), stored.get("confluenceInternalUrl"));
        assertEquals("AuthorizationJwt", stored.get("jwtHeader"));
        assertEquals("false", stored.get("verifyCertificates"));
        assertEquals("odt,rtf,csv", stored.get("lossyEditable"));
        assertEquals("false", stored.get("chat"));
        assertEquals("markup", stored.get("reviewDisplay"));
        assertEquals(NEW_SECRET, stored.get("jwtSecret"), "trimmed");
        assertNull(stored.get("comments"), "what was not sent is left alone");
        assertEquals(before.get("internal.linkSecret"), stored.get("internal.linkSecret"));

        Map<String, Object> answer = json(response);
        assertEquals(true, answer.get("saved"));
        assertEquals(true, answer.get("secretSet"));
        Map<String, Object> values = map(answer, "values");
        assertEquals("https://docs.example.com/office", values.get("docsUrl"));
        assertEquals(List.of("odt", "rtf", "csv"), values.get("lossyEditable"));
        assertEquals(false, values.get("verifyCertificates"));
        assertEquals(true, values.get("comments"));
        assertFalse(response.body().contains(NEW_SECRET), "the answer never repeats the secret");

        Map<String, Object> test = map(answer, "test");
        assertEquals(true, test.get("ok"));
        List<Map<String, Object>> steps = steps(test);
        assertEquals(text("docsbridge.test.health.ok", docs.baseUrl()), steps.get(0).get("message"));
        assertEquals("The Docs server accepts Confluence's requests; its version is 9.3.1.11.",
                steps.get(1).get("message"));
        assertEquals(ScriptedDocs.VERSION, steps.get(1).get("version"));
        assertEquals(text("docsbridge.test.conversion.ok", server.baseUrl()), steps.get(2).get("message"));

        // The round trip went through this Confluence's test-file endpoint.
        assertEquals(1, scripted.downloads().size());
        assertTrue(scripted.downloads().get(0).url().startsWith(server.baseUrl() + SignedLinks.TEST_FILE_PATH));
        assertEquals(200, scripted.downloads().get(0).status());
    }

    @Test
    void lastTest_shouldBeRecordedForTheSavedSettingsOnlyAndShownByGet() throws Exception {
        app.users.signIn("key-admin");
        assertNull(json(get(PATH)).get("lastTest"), "never tested yet");

        // A test of other values than the saved ones says nothing about the saved settings.
        scripted.secret(NEW_SECRET);
        assertEquals(200, post("/test", goodChange()).statusCode());
        assertNothingStored();

        // Saving tests what is saved: that is the last test now.
        Map<String, Object> confirmed = goodChange();
        confirmed.put("confirmFailingTest", true);
        scripted.secret("not-the-new-one");
        assertEquals(200, put(confirmed).statusCode());
        Map<String, Object> last = map(json(get(PATH)), "lastTest");
        assertEquals(false, last.get("ok"));
        assertEquals(app.time.now().toString(), last.get("at"));

        // Testing the saved settings again (the form unchanged) replaces it.
        scripted.secret(NEW_SECRET);
        app.time.advance(Duration.ofMinutes(5));
        assertEquals(200, post("/test", body("values", Map.of())).statusCode());
        last = map(json(get(PATH)), "lastTest");
        assertEquals(true, last.get("ok"));
        assertEquals(app.time.now().toString(), last.get("at"));
    }

    @Test
    void put_shouldKeepTheStoredSecretWhenNoneIsSent() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = put(body("values", body("chat", false), "jwtSecret", ""));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TestApp.SECRET, app.settingsStore.read().get("jwtSecret"));
        assertEquals("false", app.settingsStore.read().get("chat"));
        assertEquals(true, map(json(response), "test").get("ok"), "the stored configuration was tested");
    }

    @Test
    void put_shouldAnswer404BelowTheRoot() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> response = send("PUT", PATH + "/test", Json.write(goodChange()), XSRF);

        assertEquals(404, response.statusCode());
        assertNothingStored();
    }

    // ---- POST /test ----

    @Test
    void test_shouldReturnTranslatedStepsWithoutStoring() throws Exception {
        app.users.signIn("key-admin");
        scripted.secret(NEW_SECRET);

        HttpResponse<String> response = post("/test", goodChange());

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> answer = json(response);
        assertEquals(true, answer.get("ok"));
        List<Map<String, Object>> steps = steps(answer);
        assertEquals(3, steps.size());
        for (Map<String, Object> step : steps) {
            assertEquals(true, step.get("ok"), step.toString());
            assertEquals(false, step.get("skipped"), step.toString());
            assertFalse(((String) step.get("message")).startsWith("docsbridge."), "translated: " + step);
        }
        assertEquals(text("docsbridge.test.command.ok", ScriptedDocs.VERSION), steps.get(1).get("message"));
        assertFalse(response.body().contains(NEW_SECRET));
        assertNothingStored();
    }

    @Test
    void test_shouldReportFailuresWithTheirMessages() throws Exception {
        app.users.signIn("key-admin");
        docs.route("/healthcheck", seen -> FakeDocsServer.Answer.text(200, "false"));

        HttpResponse<String> response = post("/test", body("values", Map.of()));

        assertEquals(200, response.statusCode());
        Map<String, Object> answer = json(response);
        assertEquals(false, answer.get("ok"));
        List<Map<String, Object>> steps = steps(answer);
        assertEquals(text("docsbridge.test.health.unhealthy", docs.baseUrl()), steps.get(0).get("message"));
        assertEquals(text("docsbridge.test.skipped"), steps.get(1).get("message"));
        assertEquals(true, steps.get(2).get("skipped"));
        assertNull(steps.get(1).get("version"));
        // The saved settings were tested: only that fact is remembered, no setting changes.
        Map<String, String> stored = new LinkedHashMap<>(app.settingsStore.read());
        assertEquals("failed|" + app.time.now(), stored.remove("internal.lastConnectionTest"));
        assertEquals(before, stored);
    }

    @Test
    void test_shouldValidateFirst() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = post("/test", body("values", body("docsUrl", "docs.example.com")));

        assertEquals(400, response.statusCode());
        assertEquals(Map.of("docsUrl", text("docsbridge.validation.url")), map(json(response), "errors"));
        assertEquals(List.of(), docs.requests());
    }

    @Test
    void test_shouldNeedTheXsrfHeader() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = post("/test", goodChange(), "Content-Type", "application/json");

        assertEquals(403, response.statusCode());
        assertEquals(List.of(), docs.requests());
    }

    // ---- POST /reveal ----

    @Test
    void reveal_shouldGiveTheSecretToAnAdministratorWithTheXsrfHeader() throws Exception {
        app.users.signIn("key-admin");

        HttpResponse<String> response = post("/reveal", Map.of());

        assertEquals(200, response.statusCode());
        assertEquals(Map.of("jwtSecret", TestApp.SECRET), json(response));
    }

    @Test
    void reveal_shouldAnswerEmptyWhenNoSecretIsSet() throws Exception {
        app.users.signIn("key-admin");
        app.set("jwtSecret", "");

        assertEquals(Map.of("jwtSecret", ""), json(post("/reveal", Map.of())));
    }

    @Test
    void reveal_shouldRefuseWithoutXsrfProtection() throws Exception {
        app.users.signIn("key-admin");

        List<HttpResponse<String>> responses = List.of(
                post("/reveal", Map.of(), "Content-Type", "application/json"),
                post("/reveal", Map.of(), "X-Atlassian-Token", "no-check", "Content-Type", "text/plain"),
                post("/reveal", Map.of(), "X-Atlassian-Token", "no-check", "Content-Type", "application/json",
                        "Origin", "https://evil.example.com"));

        for (HttpResponse<String> response : responses) {
            assertEquals(403, response.statusCode(), response.request().headers().toString());
            assertEquals(Map.of("error", "xsrf"), json(response));
            assertFalse(response.body().contains(TestApp.SECRET));
        }
    }

    @Test
    void post_shouldAnswer404ForOtherPaths() throws Exception {
        app.users.signIn("key-admin");

        for (String path : new String[] {"", "/", "/other", "/reveal/x"}) {
            HttpResponse<String> response = post(path, goodChange());

            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains(TestApp.SECRET));
        }
        assertNothingStored();
    }
}
