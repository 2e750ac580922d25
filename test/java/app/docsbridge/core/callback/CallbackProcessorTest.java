package app.docsbridge.core.callback;

import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.SpoolFiles;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.recovery.ProblemReason;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The callback handler against a local HTTP server that plays the Document Server's cache and converter
 * (docs-api §4, §4.5, §4.6, §9.4).
 */
class CallbackProcessorTest {

    private static final long PAGE = 7;
    private static final String RESULT_PATH = "/cache/files/data/k_4713/output.docx/output.docx";
    private static final String RESULT_QUERY = "?md5=Xyz-_abc&expires=1779032275&filename=output.docx";
    private static final byte[] ORIGINAL = OfficeFiles.docx("original bytes");
    private static final byte[] EDITED = OfficeFiles.docx("edited by ONLYOFFICE \u00e9");

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private StoredAttachment docx;
    private String key;
    private String linkToken;

    @BeforeEach
    void setUp() throws IOException {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-carol", "carol", "Carol");
        app.users.add("key-bob", "bob", "Bob");
        docx = app.attachments.add(PAGE, "report.docx", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-carol", docx.id())
                .allowView("key-bob", docx.id());
        key = app.keys.keyFor(docx);
        linkToken = linkToken(docx.id(), "key-alice", key);
    }

    @AfterEach
    void tearDown() throws IOException {
        docs.close();
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(app.spool.dir())) {
            assertEquals(List.of(), left.toList(), "every path removes its spool file");
        }
        app.attachments.properties(docx.id()).forEach((name, value) ->
                assertTrue(value.length() <= 255, name + " exceeds Confluence's 255 characters: " + value));
    }

    // ---------------------------------------------------------------- helpers

    private String linkToken(long attachmentId, String userKey, String documentKey) {
        String url = app.links.callbackUrl(attachmentId, userKey, documentKey);
        return URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }

    /** The fields of a status-2/6 callback as the Document Server sends them (§4.4). */
    private Map<String, Object> saved(int status, String url, String lastChanger) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("status", status);
        if (url != null) {
            fields.put("url", url);
            fields.put("filetype", "docx");
            fields.put("changesurl", docs.baseUrl() + "/cache/files/data/k_4713/changes.zip/changes.zip?md5=a");
        }
        fields.put("history", Map.of("serverVersion", "9.3.1", "changes", List.of(Map.of("created",
                "2026-03-29 10:00:00", "user", Map.of("id", lastChanger, "name", "Someone")))));
        fields.put("users", List.of(lastChanger));
        fields.put("actions", List.of(Map.of("type", status == 6 ? 2 : 0, "userid", lastChanger)));
        fields.put("lastsave", "2026-03-29T10:00:05.000Z");
        fields.put("notmodified", false);
        if (status == 6) {
            fields.put("forcesavetype", 1);
        }
        return fields;
    }

    private String served(byte[] bytes) {
        return docs.serve(RESULT_PATH + RESULT_QUERY, bytes);
    }

    /** Posts like DS 7.1+: the body with its flat token plus the header token wrapping the same fields. */
    private CallbackAnswer post(Map<String, Object> fields) {
        return post(linkToken, fields);
    }

    private CallbackAnswer post(String link, Map<String, Object> fields) {
        Instant now = app.time.now();
        return app.callbacks.process(new CallbackRequest(link, DocsTokens.body(TestApp.SECRET, fields, now),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, now))));
    }

    private CallbackAnswer postRaw(Map<String, Object> body, String header) {
        return app.callbacks.process(new CallbackRequest(linkToken, body, header));
    }

    private static void assertOk(CallbackAnswer answer) {
        assertEquals(200, answer.httpStatus(), answer.body().toString());
        assertEquals(Map.of("error", 0), answer.body());
        assertTrue(answer.isOk());
    }

    private void assertRefused(CallbackAnswer answer) {
        assertFalse(answer.isOk(), answer.toString());
        assertTrue(answer.httpStatus() >= 400 && answer.httpStatus() < 500, answer.toString());
        assertEquals(1, answer.body().get("error"));
    }

    private void assertNothingStored() {
        assertEquals(1, app.attachments.versionCount(docx.id()));
        assertArrayEquals(ORIGINAL, app.attachments.latestBytes(docx.id()));
    }

    private StoredAttachment latest() {
        return app.attachments.find(docx.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- statuses with nothing to save

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 5, 7, 8, 99, -1})
    void nonSavingStatuses_shouldAnswerOkAndStoreNothing(int status) {
        Map<String, Object> fields = saved(status, served(EDITED), "key-alice");

        assertOk(post(fields));
        assertNothingStored();
        assertTrue(docs.requests().isEmpty(), "nothing fetched");
    }

    @Test
    void status1_shouldAnswerOkForAJoiningUser() {
        Map<String, Object> fields = Map.of("key", key, "status", 1, "users", List.of("key-alice", "key-carol"),
                "actions", List.of(Map.of("type", 1, "userid", "key-carol")));

        assertOk(post(fields));
        assertNothingStored();
    }

    @Test
    void status4_shouldAnswerOkWithOnlyKeyAndStatus() {
        assertOk(post(Map.of("key", key, "status", 4)));
        assertNothingStored();
    }

    // ---------------------------------------------------------------- status 2

    @Test
    void status2_shouldStoreExactlyTheServedBytesAsANewVersion() {
        assertOk(post(saved(2, served(EDITED), "key-alice")));

        assertEquals(2, app.attachments.versionCount(docx.id()));
        StoredAttachment v2 = latest();
        assertEquals(2, v2.version());
        assertEquals(EDITED.length, v2.size());
        assertEquals("report.docx", v2.fileName());
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        assertArrayEquals(ORIGINAL, app.attachments.bytes(docx.id(), 1));
        assertEquals(1, docs.requestsTo(RESULT_PATH).size());
        assertEquals("md5=Xyz-_abc&expires=1779032275&filename=output.docx",
                docs.requestsTo(RESULT_PATH).get(0).query(), "the signed query must reach the Docs server intact");
    }

    @Test
    void status2_shouldAttributeTheVersionToTheLastChangerWhoMayEdit() {
        assertOk(post(saved(2, served(EDITED), "key-carol")));

        assertEquals("key-carol", latest().lastModifierKey());
    }

    @Test
    void status2_shouldAttributeToTheLinksUserWhenTheLastChangerMayNotEdit() {
        assertOk(post(saved(2, served(EDITED), "key-bob")));

        assertEquals("key-alice", latest().lastModifierKey());
    }

    @Test
    void status2_shouldAttributeToTheLinksUserWhenTheLastChangerIsUnknown() {
        assertOk(post(saved(2, served(EDITED), "no-such-user")));

        assertEquals("key-alice", latest().lastModifierKey());
    }

    @Test
    void status2_shouldAttributeToTheLinksUserWhenUsersIsMissing() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-carol");
        fields.remove("users");

        assertOk(post(fields));
        assertEquals("key-alice", latest().lastModifierKey());
    }

    @Test
    void status2_shouldStoreNothingWhenNoUserMayEditAnyMore() {
        app.permissions.revokeEdit("key-alice", docx.id()).revokeEdit("key-carol", docx.id());

        CallbackAnswer answer = post(saved(2, served(EDITED), "key-carol"));

        assertRefused(answer);
        assertNothingStored();
        assertTrue(docs.requestsTo(RESULT_PATH).isEmpty(), "nothing fetched for a refused save");
    }

    @Test
    void status2_shouldStoreNothingWhenTheLinksUserWasDeletedAndTheChangerMayNotEdit() {
        app.users.remove("key-alice");

        assertRefused(post(saved(2, served(EDITED), "key-bob")));
        assertNothingStored();
    }

    @Test
    void status2_shouldStoreWhenContentLengthIsMissing() {
        String url = docs.serve(RESULT_PATH + RESULT_QUERY, EDITED, true);

        assertOk(post(saved(2, url, "key-alice")));

        assertEquals(EDITED.length, latest().size());
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void status2_shouldStoreALargerFileIntact() {
        byte[] big = OfficeFiles.docxOfSize(3 * 1024 * 1024 + 17);

        assertOk(post(saved(2, docs.serve(RESULT_PATH + "?chunked", big, true), "key-alice")));

        assertArrayEquals(big, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void status2_anEmptyResult_isNotStored_andTheDocsServerSendsItAgain() {
        CallbackAnswer answer = post(saved(2, served(new byte[0]), "key-alice"));

        assertEquals(503, answer.httpStatus(), answer.toString()); // nothing arrived: worth another attempt
        assertNothingStored();
    }

    @Test
    void status2_sameCallbackTwice_shouldStoreOneVersion() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");

        assertOk(post(fields));
        app.time.advance(Duration.ofSeconds(2)); // a retry is signed afresh
        assertOk(post(fields));

        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void status2_concurrentDuplicates_shouldStoreOneVersion() throws Exception {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        app.attachments.slowStores(Duration.ofMillis(50));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CallbackAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<CallbackAnswer> call = () -> {
                    start.await();
                    return post(fields);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<CallbackAnswer> answer : answers) {
                assertOk(answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertEquals(1, app.attachments.storeCalls());
    }

    @Test
    void status2_storeFailure_shouldAnswer5xxSoThatTheDocsServerRetries() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        app.attachments.failStoresWith(new IOException("database is down"));

        CallbackAnswer failed = post(fields);

        assertTrue(failed.httpStatus() >= 500 && failed.httpStatus() < 600, failed.toString());
        assertFalse(failed.isOk());
        assertNothingStored();
        assertEquals(ProblemReason.STORE_FAILED, app.problems.forKey(key).orElseThrow().why());

        app.attachments.failStoresWith(null); // the retry (§4.6) comes after the database recovered
        assertOk(post(fields));
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void status2_storeFailureArrivingUnchecked_shouldStillAnswer5xxSoThatTheDocsServerRetries() {
        // Confluence's AttachmentManager.saveAttachment wraps I/O failures in RuntimeExceptions.
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        app.attachments.failStoresWith(new RuntimeException(new IOException("No space left on device")));

        CallbackAnswer failed = post(fields);

        assertEquals(503, failed.httpStatus(), failed.toString());
        assertFalse(failed.isOk());
        assertNothingStored();
        assertEquals(ProblemReason.STORE_FAILED, app.problems.forKey(key).orElseThrow().why());

        app.attachments.failStoresWith(null);
        assertOk(post(fields));
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void status2_unreachableDocsServer_shouldAnswer5xx() {
        String url = served(EDITED);
        docs.close();

        CallbackAnswer answer = post(saved(2, url, "key-alice"));

        assertTrue(answer.httpStatus() >= 500, answer.toString());
        assertNothingStored();
    }

    @Test
    void status2_resultAnswering5xx_shouldAnswer5xx() {
        CallbackAnswer answer = post(saved(2, docs.fail(RESULT_PATH, 502), "key-alice"));

        assertTrue(answer.httpStatus() >= 500, answer.toString());
        assertNothingStored();
    }

    @Test
    void status2_expiredResultLink_shouldStoreNothing() {
        CallbackAnswer answer = post(saved(2, docs.fail(RESULT_PATH, 410), "key-alice"));

        assertFalse(answer.isOk());
        assertNothingStored();
    }

    @Test
    void status2_shouldStoreAgainForTheNextSession() {
        assertOk(post(saved(2, served(EDITED), "key-alice")));
        StoredAttachment v2 = latest();
        key = app.keys.keyFor(v2);
        linkToken = linkToken(docx.id(), "key-alice", key);
        byte[] again = OfficeFiles.docx("second session");

        assertOk(post(saved(2, docs.serve("/cache/files/data/k2/output.docx/output.docx", again), "key-alice")));

        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertArrayEquals(again, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void status2_shouldGiveTheNewVersionANewKey() {
        assertOk(post(saved(2, served(EDITED), "key-alice")));

        assertNotEquals(key, app.keys.keyFor(latest()));
    }

    @Test
    void status2_forADeletedAttachment_shouldStoreNothing() {
        app.attachments.delete(docx.id());

        CallbackAnswer answer = post(saved(2, served(EDITED), "key-alice"));

        assertEquals(404, answer.httpStatus());
        assertTrue(docs.requestsTo(RESULT_PATH).isEmpty());
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void bodyToken_shouldBePreferredOverHeaderTokenAndPlainFields() {
        Map<String, Object> truth = saved(2, served(EDITED), "key-alice");
        Map<String, Object> other = saved(2, docs.serve("/cache/files/other/output.docx",
                OfficeFiles.docx("header version")), "key-carol");
        Map<String, Object> body = new LinkedHashMap<>(other); // plain fields lie, too
        body.put("token", DocsTokens.flat(TestApp.SECRET, truth, app.time.now()));

        assertOk(postRaw(body, DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, other, app.time.now()))));

        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        assertEquals("key-alice", latest().lastModifierKey());
        assertTrue(docs.requestsTo("/cache/files/other/output.docx").isEmpty());
    }

    @Test
    void headerOnly_shouldBeAccepted() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");

        assertOk(postRaw(new LinkedHashMap<>(fields),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now()))));

        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void headerOnly_shouldActOnTheTokenNotOnPlainFields() {
        Map<String, Object> signed = saved(1, null, "key-alice");
        Map<String, Object> plain = saved(2, served(EDITED), "key-alice");

        assertOk(postRaw(plain, DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, signed, app.time.now()))));

        assertNothingStored();
    }

    @Test
    void headerToken_withoutPayloadWrapper_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");

        assertRefused(postRaw(new LinkedHashMap<>(fields),
                DocsTokens.bearer(DocsTokens.flat(TestApp.SECRET, fields, app.time.now()))));
        assertNothingStored();
    }

    @Test
    void noToken_shouldBeRefused() {
        CallbackAnswer answer = postRaw(new LinkedHashMap<>(saved(2, served(EDITED), "key-alice")), null);

        assertEquals(403, answer.httpStatus());
        assertNothingStored();
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void blankBodyTokenAndNoHeader_shouldBeRefused() {
        Map<String, Object> body = new LinkedHashMap<>(saved(2, served(EDITED), "key-alice"));
        body.put("token", "");

        assertEquals(403, postRaw(body, "Bearer ").httpStatus());
        assertNothingStored();
    }

    @Test
    void wrongSecret_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");

        CallbackAnswer answer = postRaw(DocsTokens.body("not-the-secret", fields, app.time.now()),
                DocsTokens.bearer(DocsTokens.wrapped("not-the-secret", fields, app.time.now())));

        assertEquals(403, answer.httpStatus());
        assertNothingStored();
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void invalidBodyToken_shouldNotFallBackToAValidHeaderToken() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");

        CallbackAnswer answer = postRaw(DocsTokens.body("not-the-secret", fields, app.time.now()),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now())));

        assertEquals(403, answer.httpStatus());
        assertNothingStored();
    }

    @Test
    void expiredToken_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        Instant issued = app.time.now().minus(DocsTokens.DOCS_TTL).minusSeconds(61);

        CallbackAnswer answer = postRaw(DocsTokens.body(TestApp.SECRET, fields, issued),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, issued)));

        assertEquals(403, answer.httpStatus());
        assertNothingStored();
    }

    @Test
    void tokenExpiredWithinTheLeeway_shouldBeAccepted() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        Instant issued = app.time.now().minus(DocsTokens.DOCS_TTL).minusSeconds(30);

        assertOk(postRaw(DocsTokens.body(TestApp.SECRET, fields, issued), null));
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void algNone_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("token", DocsTokens.unsigned(Json.write(fields)));

        assertEquals(403, postRaw(body, null).httpStatus());
        assertEquals(403, postRaw(new LinkedHashMap<>(fields),
                DocsTokens.bearer(DocsTokens.unsigned(Json.write(Map.of("payload", fields))))).httpStatus());
        assertNothingStored();
    }

    @Test
    void hs512Token_shouldBeAccepted() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("token", DocsTokens.sign(Algorithm.HMAC512(TestApp.SECRET), fields, app.time.now(),
                Duration.ofMinutes(5)));

        assertOk(postRaw(body, null));
    }

    @Test
    void tokenForAnotherKey_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        fields.put("key", "some-other-document-key");

        assertEquals(403, post(fields).httpStatus());
        assertNothingStored();
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void tokenWithoutKey_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        fields.remove("key");

        assertEquals(403, post(fields).httpStatus());
        assertNothingStored();
    }

    @Test
    void linkForAnotherAttachment_shouldBeRefused() {
        StoredAttachment other = app.attachments.add(PAGE, "other.docx", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", other.id());
        String otherLink = linkToken(other.id(), "key-alice", app.keys.keyFor(other));

        // A genuine callback for docx, replayed against the link of another attachment.
        CallbackAnswer answer = post(otherLink, saved(2, served(EDITED), "key-alice"));

        assertEquals(403, answer.httpStatus());
        assertNothingStored();
        assertEquals(1, app.attachments.versionCount(other.id()));
    }

    @Test
    void missingOrForgedLink_shouldBeRefused() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        String forged = DocsTokens.sign(Algorithm.HMAC256(TestApp.SECRET),
                Map.of("act", "callback", "att", docx.id(), "usr", "key-alice", "key", key), app.time.now(),
                Duration.ofDays(7));
        String fileLink = URLDecoder.decode(URI.create(app.links.fileUrl(docx.id(), 1)).getRawQuery().substring(6),
                StandardCharsets.UTF_8);

        assertEquals(403, post(null, fields).httpStatus());
        assertEquals(403, post("", fields).httpStatus());
        assertEquals(403, post(forged, fields).httpStatus(), "signed with the Docs secret, not the link secret");
        assertEquals(403, post(fileLink, fields).httpStatus(), "a file link is no callback link");
        assertNothingStored();
    }

    @Test
    void expiredLink_shouldBeRefused() {
        app.time.advance(Duration.ofDays(7).plusMinutes(2));

        assertEquals(403, post(saved(2, served(EDITED), "key-alice")).httpStatus());
        assertNothingStored();
    }

    @Test
    void noSecretConfigured_shouldRefuseEvenUnsignedCallbacks() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        app.set("jwtSecret", "");

        assertEquals(403, postRaw(new LinkedHashMap<>(fields), null).httpStatus());
        assertNothingStored();
    }

    @Test
    void bodyWithoutAnything_shouldBeRefused() {
        assertEquals(403, postRaw(null, null).httpStatus());
        assertEquals(403, postRaw(Map.of(), null).httpStatus());
    }

    // ---------------------------------------------------------------- where results may come from

    @Test
    void resultOnAForeignHost_shouldBeRefusedWithoutFetching() throws IOException {
        try (FakeDocsServer evil = new FakeDocsServer()) {
            String url = evil.serve(RESULT_PATH, EDITED);

            CallbackAnswer answer = post(saved(2, url, "key-alice"));

            assertRefused(answer);
            assertTrue(evil.requests().isEmpty(), "nothing may be fetched from a foreign host");
            assertNothingStored();
        }
    }

    @Test
    void resultWithCredentialsOrOtherSchemes_shouldBeRefused() {
        String withCredentials = docs.baseUrl().replace("http://", "http://user:pw@") + RESULT_PATH;

        assertRefused(post(saved(2, withCredentials, "key-alice")));
        assertRefused(post(saved(2, "file:///etc/passwd", "key-alice")));
        assertNothingStored();
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void resultRedirectingToAForeignHost_shouldNotBeFollowed() throws IOException {
        try (FakeDocsServer evil = new FakeDocsServer()) {
            String target = evil.serve("/internal-admin", EDITED);
            String url = docs.redirect(RESULT_PATH, target);

            CallbackAnswer answer = post(saved(2, url, "key-alice"));

            assertFalse(answer.isOk());
            assertTrue(evil.requests().isEmpty(), "a redirect must not lead the app to another host");
            assertNothingStored();
        }
    }

    @Test
    void docsAddressClearedMeanwhile_shouldAnswerARetryableFailure() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        app.set("docsUrl", "");

        CallbackAnswer answer = post(fields);

        assertEquals(503, answer.httpStatus(), answer.toString());
        assertNothingStored();
        assertTrue(docs.requests().isEmpty());
    }

    @Test
    void publicResultUrl_shouldBeFetchedFromTheInternalAddress() {
        app.set("docsUrl", "https://docs.example.com/office/").set("docsInternalUrl", docs.baseUrl());
        served(EDITED);

        assertOk(post(saved(2, "https://docs.example.com/office" + RESULT_PATH + RESULT_QUERY, "key-alice")));

        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        assertEquals(1, docs.requestsTo(RESULT_PATH).size());
    }

    // ---------------------------------------------------------------- status 6 (forcesave)

    @Test
    void status6_shouldStoreAndKeepTheKey() {
        assertOk(post(saved(6, served(EDITED), "key-carol")));

        StoredAttachment v2 = latest();
        assertEquals(2, v2.version());
        assertEquals("key-carol", v2.lastModifierKey());
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        assertEquals(key, app.keys.keyFor(v2), "editors keep co-editing under the same key");
    }

    @Test
    void status6_sameForcesaveTwice_shouldStoreOneVersion() {
        Map<String, Object> fields = saved(6, served(EDITED), "key-alice");

        assertOk(post(fields));
        assertOk(post(fields));

        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void status6_thenMoreForcesavesThenStatus2_shouldStoreEachResultOnce() {
        Map<String, Object> first = saved(6, served(EDITED), "key-alice");
        assertOk(post(first));

        byte[] second = OfficeFiles.docx("second forcesave");
        Map<String, Object> secondFields = saved(6, docs.serve("/cache/files/data/k_2/output.docx/output.docx", second),
                "key-carol");
        secondFields.put("lastsave", "2026-03-29T10:05:00.000Z");
        assertOk(post(secondFields));
        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertEquals(key, app.keys.keyFor(latest()));

        byte[] last = OfficeFiles.docx("final");
        Map<String, Object> finalSave = saved(2, docs.serve("/cache/files/data/k_3/output.docx/output.docx", last),
                "key-carol");
        finalSave.put("lastsave", "2026-03-29T10:06:00.000Z");
        assertOk(post(finalSave));
        assertOk(post(finalSave));

        assertEquals(4, app.attachments.versionCount(docx.id()));
        assertArrayEquals(last, app.attachments.latestBytes(docx.id()));
        assertNotEquals(key, app.keys.keyFor(latest()), "after the final save the next session needs a new key");
    }

    @Test
    void status2_notModifiedSinceTheLastForcesave_shouldNotStoreTheSameFileAgain() {
        assertOk(post(saved(6, served(EDITED), "key-alice")));
        Map<String, Object> finalSave = saved(2, served(EDITED), "key-alice");
        finalSave.put("notmodified", true);

        assertOk(post(finalSave));

        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertNotEquals(key, app.keys.keyFor(latest()), "the session ended: the next one needs a new key");
    }

    @Test
    void status2_notModifiedWithoutAnEarlierForcesave_shouldStillStore() {
        Map<String, Object> finalSave = saved(2, served(EDITED), "key-alice");
        finalSave.put("notmodified", true);

        assertOk(post(finalSave));

        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void status6_withoutUrl_shouldStoreNothing() {
        assertOk(post(saved(6, null, "key-alice")));
        assertNothingStored();
    }

    // ---------------------------------------------------------------- status 3

    @Test
    void status3_withUrl_shouldSave() {
        assertOk(post(saved(3, served(EDITED), "key-alice")));

        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void status3_withoutUrl_shouldAnswerOkAndStoreNothing() {
        assertOk(post(saved(3, null, "key-alice")));

        assertNothingStored();
    }

    // ---------------------------------------------------------------- results in another format

    @Test
    void resultInAnotherFormat_shouldBeConvertedBackBeforeStoring() throws Exception {
        byte[] odtBytes = OfficeFiles.odt("converted to odt");
        StoredAttachment odt = app.attachments.add(PAGE, "notes.odt", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", odt.id());
        key = app.keys.keyFor(odt);
        linkToken = linkToken(odt.id(), "key-alice", key);
        String docxResult = served(EDITED); // the Docs server fell back to OOXML
        String converted = docs.serve("/cache/files/data/conv_x/output.odt/notes.odt?md5=1", odtBytes);
        AtomicReference<Map<String, Object>> request = new AtomicReference<>();
        docs.converter(r -> {
            request.set(r);
            return Map.of("fileUrl", converted, "fileType", "odt", "percent", 100, "endConvert", true);
        });

        assertOk(post(saved(2, docxResult, "key-alice")));

        assertEquals(2, app.attachments.versionCount(odt.id()));
        assertArrayEquals(odtBytes, app.attachments.latestBytes(odt.id()));
        assertEquals("notes.odt", app.attachments.find(odt.id()).orElseThrow().fileName());
        assertTrue(docs.requestsTo(RESULT_PATH).isEmpty(), "the docx itself is never downloaded");

        // Only what is inside the token counts for the Docs server (§5.4): check the signed request.
        Map<String, Object> signed = new app.docsbridge.core.jwt.JwtCodec(TestApp.SECRET,
                new app.docsbridge.core.TimeSourceClock(app.time)).verify((String) request.get().get("token"));
        assertEquals("docx", signed.get("filetype"));
        assertEquals("odt", signed.get("outputtype"));
        assertEquals(docxResult, signed.get("url"));
        assertEquals(false, signed.get("async"));
        assertTrue(((String) signed.get("key")).matches("[0-9a-zA-Z._=-]{1,128}"), (String) signed.get("key"));
    }

    @Test
    void failedConversion_shouldStoreNothing() {
        StoredAttachment odt = app.attachments.add(PAGE, "notes.odt", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", odt.id());
        key = app.keys.keyFor(odt);
        linkToken = linkToken(odt.id(), "key-alice", key);
        docs.converter(r -> Map.of("error", -3));

        CallbackAnswer answer = post(saved(2, served(EDITED), "key-alice"));

        assertFalse(answer.isOk());
        assertEquals(1, app.attachments.versionCount(odt.id()));
        assertEquals(1, docs.requestsTo("/converter").size());
        assertTrue(docs.requestsTo(RESULT_PATH).isEmpty());
    }

    @Test
    void unfinishedConversion_shouldStoreNothing() {
        StoredAttachment odt = app.attachments.add(PAGE, "notes.odt", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", odt.id());
        key = app.keys.keyFor(odt);
        linkToken = linkToken(odt.id(), "key-alice", key);
        docs.converter(r -> Map.of("percent", 0, "endConvert", false));

        assertFalse(post(saved(2, served(EDITED), "key-alice")).isOk());
        assertEquals(1, app.attachments.versionCount(odt.id()));
    }

    @Test
    void conversionResultOnAForeignHost_shouldStoreNothing() throws IOException {
        StoredAttachment odt = app.attachments.add(PAGE, "notes.odt", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", odt.id());
        key = app.keys.keyFor(odt);
        linkToken = linkToken(odt.id(), "key-alice", key);
        try (FakeDocsServer evil = new FakeDocsServer()) {
            String foreign = evil.serve("/output.odt", OfficeFiles.docx("evil"));
            docs.converter(r -> Map.of("fileUrl", foreign, "fileType", "odt", "percent", 100, "endConvert", true));

            assertRefused(post(saved(2, served(EDITED), "key-alice")));

            assertTrue(evil.requests().isEmpty());
            assertEquals(1, app.attachments.versionCount(odt.id()));
        }
    }

    @Test
    void resultThatCannotBecomeTheAttachmentsFormat_shouldStoreNothing() {
        StoredAttachment vsdx = app.attachments.add(PAGE, "plan.vsdx", ORIGINAL, "key-alice");
        app.permissions.allowEdit("key-alice", vsdx.id());
        key = app.keys.keyFor(vsdx);
        linkToken = linkToken(vsdx.id(), "key-alice", key);

        assertRefused(post(saved(2, served(EDITED), "key-alice")));

        assertEquals(1, app.attachments.versionCount(vsdx.id()));
        assertTrue(docs.requests().isEmpty(), "neither converted nor fetched");
    }

    @Test
    void fileTypeInOtherCase_shouldNeedNoConversion() {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        fields.put("filetype", "DOCX");

        assertOk(post(fields));

        assertTrue(docs.requestsTo("/converter").isEmpty());
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void missingFileType_shouldStoreTheResultAsIs() {
        // Document Servers before 7.0 send no filetype.
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        fields.remove("filetype");

        assertOk(post(fields));

        assertTrue(docs.requestsTo("/converter").isEmpty());
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void answer_shouldBeSerializableAsTheDocsServerExpects() {
        assertEquals("{\"error\":0}", Json.write(CallbackAnswer.ok().body()));
        assertEquals(503, CallbackAnswer.retryLater("x").httpStatus());
        assertFalse(CallbackAnswer.refused(200, "x").isOk(), "200 with error 1 is not success");
    }

    @Test
    void linkOfAViewer_shouldNotSaveForTheViewer() {
        // A genuine callback whose link and last changer name a user without edit permission.
        String bobLink = linkToken(docx.id(), "key-bob", key);

        assertRefused(post(bobLink, saved(2, served(EDITED), "key-bob")));
        assertNothingStored();
        assertTrue(JWT.decode(bobLink).getClaim("usr").asString().equals("key-bob"));
    }

    // ---------------------------------------------------------------- delivery identity (issue 9)

    private Map<String, Object> savedAt(int status, String url, String lastSave) {
        Map<String, Object> fields = saved(status, url, "key-alice");
        fields.put("lastsave", lastSave);
        return fields;
    }

    private String servedAt(String dir, byte[] bytes) {
        return docs.serve("/cache/files/data/" + dir + "/output.docx/output.docx?md5=m&expires=1779032275", bytes);
    }

    @Test
    void twoDifferentSavesOnOneKey_shouldBothBeStored() {
        byte[] first = OfficeFiles.docx("first session result");
        byte[] second = OfficeFiles.docx("after the editor reconnected");

        assertOk(post(savedAt(2, servedAt("k_1", first), "2026-03-29T10:00:05.000Z")));
        assertOk(post(savedAt(2, servedAt("k_2", second), "2026-03-29T10:07:00.000Z")));

        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertArrayEquals(first, app.attachments.bytes(docx.id(), 2));
        assertArrayEquals(second, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void forcesaveThenFinalSaveWithNewContent_shouldStoreBoth() {
        byte[] forcesaved = OfficeFiles.docx("forcesaved");
        byte[] closed = OfficeFiles.docx("more typing after the forcesave");

        assertOk(post(savedAt(6, servedAt("k_1", forcesaved), "2026-03-29T10:00:05.000Z")));
        assertOk(post(savedAt(2, servedAt("k_2", closed), "2026-03-29T10:03:00.000Z")));

        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertArrayEquals(closed, app.attachments.latestBytes(docx.id()));
        assertEquals("Edited in ONLYOFFICE by Alice", app.attachments.comment(docx.id(), 3),
                "based on the session's own forcesave: nothing to explain");
    }

    @Test
    void anOldDeliveryAgainAfterANewerSave_shouldNotBecomeTheLatestVersion() {
        byte[] older = OfficeFiles.docx("older");
        byte[] newer = OfficeFiles.docx("newer");
        Map<String, Object> first = savedAt(2, servedAt("k_1", older), "2026-03-29T10:00:05.000Z");
        assertOk(post(first));
        assertOk(post(savedAt(2, servedAt("k_2", newer), "2026-03-29T10:09:00.000Z")));

        assertOk(post(first)); // delivered again, e.g. a retry that crossed the newer save

        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertArrayEquals(newer, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void anOlderSaveOfTheSessionArrivingLate_shouldNotBeStoredOnTopAndShouldBeReported() {
        byte[] newer = OfficeFiles.docx("forcesave at 10:05");
        byte[] older = OfficeFiles.docx("forcesave at 10:01");
        assertOk(post(savedAt(6, servedAt("k_2", newer), "2026-03-29T10:05:00.000Z")));

        assertOk(post(savedAt(6, servedAt("k_1", older), "2026-03-29T10:01:00.000Z")));

        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(newer, app.attachments.latestBytes(docx.id()));
        SaveProblems.Problem problem = app.problems.forKey(key).orElseThrow();
        assertEquals(SaveProblems.Outcome.SUPERSEDED, problem.outcome());
        assertTrue(problem.reason().contains("version 2"), problem.reason());
        assertEquals(ProblemReason.OLDER_DELIVERY, problem.why());
    }

    @Test
    void theSameResultOnAnotherNodeAfterARestart_shouldBeStoredOnce() throws IOException {
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        assertOk(post(fields));
        // A second node (or this one restarted): nothing shared but Confluence's attachments and settings.
        CallbackProcessor otherNode = new CallbackProcessor(app.attachments, app.permissions, app.users, app.formats,
                app.settings, app.keys, app.links, app.docs, app.locks, app.time, app.activity,
                SpoolFiles.in(java.nio.file.Files.createTempDirectory("node2")),
                new SaveProblems(app.settingsStore, app.locks, app.time), new PropertiesMessages(), app.historyRecorder);
        Instant now = app.time.now();

        CallbackAnswer answer = otherNode.process(new CallbackRequest(linkToken,
                DocsTokens.body(TestApp.SECRET, fields, now), null));

        assertOk(answer);
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void theSameBytesUnderAnotherResultUrl_shouldBeStoredOnce() {
        assertOk(post(savedAt(2, servedAt("k_1", EDITED), "2026-03-29T10:00:05.000Z")));

        assertOk(post(savedAt(2, servedAt("k_9", EDITED), "2026-03-29T10:00:05.000Z")));

        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void aVersionUploadedDuringTheSession_shouldStayAndTheCommentShouldNameBothVersions() throws IOException {
        byte[] upload = OfficeFiles.docx("uploaded by carol meanwhile");
        app.attachments.storeVersion(docx.id(), "key-carol", new java.io.ByteArrayInputStream(upload), upload.length,
                "uploaded in the browser");

        assertOk(post(saved(2, served(EDITED), "key-alice")));

        assertEquals(3, app.attachments.versionCount(docx.id()));
        assertArrayEquals(upload, app.attachments.bytes(docx.id(), 2), "the upload stays in the history");
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        String comment = app.attachments.comment(docx.id(), 3);
        assertEquals("Edited in ONLYOFFICE by Alice from version 1; version 2 was saved meanwhile and stays in the history",
                comment);
        assertTrue(comment.length() <= 255);
    }

    @Test
    void onAGermanSite_theCommentsShouldBeGermanWhateverTheEditorsOwnLanguage() throws IOException {
        app.users.setSiteLocale(Locale.GERMANY);
        app.users.setLocale("key-alice", Locale.FRENCH); // the editor's own language does not decide
        byte[] upload = OfficeFiles.docx("uploaded by carol meanwhile");
        app.attachments.storeVersion(docx.id(), "key-carol", new java.io.ByteArrayInputStream(upload), upload.length,
                "im Browser hochgeladen");

        assertOk(post(saved(2, served(EDITED), "key-alice")));

        assertEquals("Bearbeitet in ONLYOFFICE von Alice, ausgehend von Version 1; Version 2 wurde zwischenzeitlich"
                + " gespeichert und bleibt im Verlauf", app.attachments.comment(docx.id(), 3));
    }

    @Test
    void theLongestNoteOfAnyLanguage_shouldStillLeaveTheCommentWithin255Characters() throws IOException {
        app.users.setSiteLocale(Locale.GERMANY);
        for (int i = 0; i < 12; i++) {
            app.users.add("key-long-" + i, "long" + i, "Somebody With A Really Quite Long Display Name " + i);
        }
        byte[] upload = OfficeFiles.docx("uploaded meanwhile");
        app.attachments.storeVersion(docx.id(), "key-carol", new java.io.ByteArrayInputStream(upload), upload.length,
                "upload");
        Map<String, Object> fields = saved(2, served(EDITED), "key-alice");
        fields.put("history", Map.of("changes", java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> Map.of("user", Map.of("id", "key-long-" + i))).toList()));

        assertOk(post(fields));

        String comment = app.attachments.comment(docx.id(), 3);
        assertTrue(comment.length() <= 255, comment);
        assertTrue(comment.startsWith("Bearbeitet in ONLYOFFICE von Somebody"), comment);
        assertTrue(comment.endsWith("wurde zwischenzeitlich gespeichert und bleibt im Verlauf"), comment);
    }

    @Test
    void markers_shouldFitConfluencesLimitForVeryLongResultUrls() {
        String longPath = "/cache/files/data/" + "k".repeat(900) + "/output.docx/output.docx";
        String url = docs.serve(longPath + "?md5=" + "m".repeat(700) + "&expires=1779032275&shardkey=" + key, EDITED);

        assertOk(post(saved(6, url, "key-alice")));
        assertOk(post(saved(6, url, "key-alice")));

        assertEquals(2, app.attachments.versionCount(docx.id()));
        // tearDown checks that every property is at most 255 characters
    }

    // ---------------------------------------------------------------- results checked before they are stored

    @Test
    void anHtmlErrorPageAsTheResult_shouldBeFetchedAgainByTheDocsServer_andTheRetryStored() {
        byte[] html = "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);

        CallbackAnswer answer = post(saved(2, served(html), "key-alice"));

        // A proxy's error page is no verdict on the document: a 5xx makes the Docs server retry (docs-api §4.6),
        // and if every attempt fails it keeps the file as "forgotten".
        assertEquals(503, answer.httpStatus(), answer.toString());
        assertNothingStored();
        SaveProblems.Problem problem = app.problems.forKey(key).orElseThrow();
        assertEquals(SaveProblems.Outcome.RETRY, problem.outcome());
        assertTrue(problem.reason().contains("HTML"), problem.reason());
        assertEquals(ProblemReason.INCOMPLETE, problem.why());
        assertEquals("report.docx", problem.fileName());
        assertEquals("key-alice", problem.userKey());

        assertOk(post(saved(2, served(EDITED), "key-alice")));
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void aDocumentInAnotherFormat_shouldBeLeftWithTheDocsServerAndReported() {
        CallbackAnswer answer = post(saved(2, served("%PDF-1.7 not a DOCX".getBytes(StandardCharsets.US_ASCII)),
                "key-alice"));

        assertRefused(answer); // not 5xx, not {"error":0}: the Docs server keeps the file as "forgotten" (§4.6)
        assertNothingStored();
        assertEquals(SaveProblems.Outcome.KEPT_BY_DOCS, app.problems.forKey(key).orElseThrow().outcome());
    }

    @Test
    void aZipThatIsNoOfficeDocument_shouldNotBeStored() {
        assertRefused(post(saved(2, served(OfficeFiles.odt("an odt named docx")), "key-alice")));

        assertNothingStored();
    }

    @Test
    void aResultAboveTheSizeLimit_shouldNotBeDownloadedWhole() {
        app.set("maxResultMb", "1");
        byte[] big = OfficeFiles.docxOfSize(1024 * 1024 + 10);

        CallbackAnswer announced = post(saved(2, served(big), "key-alice"));
        CallbackAnswer chunked = post(saved(2, docs.serve(RESULT_PATH + "?chunked", big, true), "key-alice"));

        assertEquals(413, announced.httpStatus());
        assertEquals(413, chunked.httpStatus());
        assertNothingStored();
        assertTrue(app.problems.forKey(key).orElseThrow().reason().contains("1 MB"));
        assertEquals(ProblemReason.TOO_LARGE, app.problems.forKey(key).orElseThrow().why());
    }

    @Test
    void aResultWithinTheSizeLimit_shouldBeStored() {
        app.set("maxResultMb", "1");
        byte[] fits = OfficeFiles.docxOfSize(1000 * 1000);

        assertOk(post(saved(2, served(fits), "key-alice")));

        assertArrayEquals(fits, app.attachments.latestBytes(docx.id()));
    }

    // ---------------------------------------------------------------- bounded waits

    @Test
    void aDocsServerThatStallsAfterTheHeaders_shouldGetARetryableAnswerQuickly() throws IOException {
        // the same wiring, with short download bounds
        CallbackProcessor processor = new CallbackProcessor(app.attachments, app.permissions, app.users,
                app.formats, app.settings, app.keys, app.links,
                DocsClient.withDownloadBounds(app.settings, app.time,
                        Duration.ofMillis(300), Duration.ofSeconds(5)),
                app.locks, app.time, app.activity, app.spool, app.problems, new PropertiesMessages(), app.historyRecorder);
        String url = docs.stall("/cache/files/data/k_stall/output.docx/output.docx", new byte[] {'P', 'K', 3, 4},
                100_000);
        Instant now = app.time.now();
        long started = System.nanoTime();

        CallbackAnswer answer = processor.process(new CallbackRequest(linkToken,
                DocsTokens.body(TestApp.SECRET, saved(2, url, "key-alice"), now), null));

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, answer.httpStatus(), answer.toString());
        assertTrue(tookMillis < 4000, "gave up after " + tookMillis + " ms");
        assertNothingStored();
        assertEquals(SaveProblems.Outcome.RETRY,
                app.problems.forKey(key).orElseThrow().outcome());
        assertEquals(ProblemReason.DOCS_STALLED, app.problems.forKey(key).orElseThrow().why());
        assertEquals(0, app.locks.acquisitions(ResultWriter.lockName(docx.id())),
                "the download ran before any lock was taken");
    }

    @Test
    void aBusyAttachmentLock_shouldAnswerRetryLaterWithoutStoring() throws Exception {
        app.callbacks.writer().lockWait(Duration.ofMillis(200));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> app.locks.withLock(ResultWriter.lockName(docx.id()), () -> {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertTrue(held.await(5, TimeUnit.SECONDS));

            CallbackAnswer answer = post(saved(2, served(EDITED), "key-alice"));

            assertEquals(503, answer.httpStatus(), answer.toString());
            assertNothingStored();
            assertEquals(ProblemReason.BUSY, app.problems.forKey(key).orElseThrow().why());
        } finally {
            release.countDown();
            other.shutdown();
        }
        assertOk(post(saved(2, served(EDITED), "key-alice"))); // the Docs server's retry
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

}
