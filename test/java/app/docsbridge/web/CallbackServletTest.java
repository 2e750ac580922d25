package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The callback endpoint over HTTP, with a local stand-in for the Document Server's cache. */
class CallbackServletTest {

    private static final byte[] EDITED = OfficeFiles.docx("edited");

    private final TestApp app = new TestApp();
    private ServletServer server;
    private FakeDocsServer docs;
    private StoredAttachment docx;
    private String key;
    private String callbackUrl;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        server = ServletServer.start("/confluence", Map.of(SignedLinks.CALLBACK_PATH,
                new CallbackServlet(app.callbacks, app.settings, app.recoverySweep)));
        app.set("docsUrl", docs.baseUrl()).set("confluenceInternalUrl", server.baseUrl());
        app.users.add("key-alice", "alice", "Alice");
        docx = app.attachments.add(7, "report.docx", OfficeFiles.docx("original"), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id());
        key = app.keys.keyFor(docx);
        callbackUrl = app.links.callbackUrl(docx.id(), "key-alice", key); // exactly what the config carries
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        docs.close();
    }

    private Map<String, Object> status2() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("status", 2);
        fields.put("url", docs.serve("/cache/files/data/x/output.docx/output.docx?md5=1&expires=2", EDITED));
        fields.put("filetype", "docx");
        fields.put("users", List.of("key-alice"));
        fields.put("actions", List.of(Map.of("type", 0, "userid", "key-alice")));
        fields.put("lastsave", "2026-03-29T10:00:05.000Z");
        return fields;
    }

    /** Posts as DS 7.1+ does: JSON body with the flat token, plus the header token. */
    private HttpResponse<byte[]> deliver(Map<String, Object> fields, String headerName) throws Exception {
        return server.post(callbackUrl, Json.write(DocsTokens.body(TestApp.SECRET, fields, app.time.now())),
                "Content-Type", "application/json",
                headerName, DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now())));
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void post_shouldSaveAndAnswerErrorZero() throws Exception {
        HttpResponse<byte[]> response = deliver(status2(), "Authorization");

        assertEquals(200, response.statusCode());
        assertEquals(Map.of("error", 0), json(response));
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
    }

    @Test
    void post_sameCallbackTwice_shouldStoreOneVersion() throws Exception {
        Map<String, Object> fields = status2();

        assertEquals(200, deliver(fields, "Authorization").statusCode());
        assertEquals(200, deliver(fields, "Authorization").statusCode());

        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void post_status1_shouldAnswerErrorZero() throws Exception {
        HttpResponse<byte[]> response = deliver(Map.of("key", key, "status", 1, "users", List.of("key-alice"),
                "actions", List.of(Map.of("type", 1, "userid", "key-alice"))), "Authorization");

        assertEquals(200, response.statusCode());
        assertEquals(Map.of("error", 0), json(response));
        assertEquals(1, app.attachments.versionCount(docx.id()));
    }

    @Test
    void post_headerOnlyOnTheConfiguredHeader_shouldSave() throws Exception {
        app.set("jwtHeader", "AuthorizationJwt");
        Map<String, Object> fields = status2();

        HttpResponse<byte[]> wrongHeader = server.post(callbackUrl, Json.write(fields), "Content-Type",
                "application/json", "Authorization",
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now())));
        assertEquals(403, wrongHeader.statusCode());
        assertEquals(1, app.attachments.versionCount(docx.id()));

        HttpResponse<byte[]> rightHeader = server.post(callbackUrl, Json.write(fields), "Content-Type",
                "application/json", "AuthorizationJwt",
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now())));
        assertEquals(200, rightHeader.statusCode());
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void post_withoutToken_shouldAnswer403() throws Exception {
        HttpResponse<byte[]> response = server.post(callbackUrl, Json.write(status2()),
                "Content-Type", "application/json");

        assertEquals(403, response.statusCode());
        assertEquals(1, json(response).get("error"));
        assertEquals(1, app.attachments.versionCount(docx.id()));
    }

    @Test
    void post_withoutLink_shouldAnswer403() throws Exception {
        HttpResponse<byte[]> response = server.post(SignedLinks.CALLBACK_PATH,
                Json.write(DocsTokens.body(TestApp.SECRET, status2(), app.time.now())),
                "Content-Type", "application/json");

        assertEquals(403, response.statusCode());
    }

    @Test
    void post_storeFailure_shouldAnswer5xx() throws Exception {
        app.attachments.failStoresWith(new IOException("disk full"));

        HttpResponse<byte[]> response = deliver(status2(), "Authorization");

        assertTrue(response.statusCode() >= 500, String.valueOf(response.statusCode()));
        assertEquals(1, json(response).get("error"));
    }

    @Test
    void post_nonJsonBodies_shouldAnswer400() throws Exception {
        for (String body : new String[] {"", "not json", "[1,2]", "42", "null", "{\"key\":"}) {
            HttpResponse<byte[]> response = server.post(callbackUrl, body, "Content-Type", "application/json");
            assertEquals(400, response.statusCode(), body);
            assertEquals(1, json(response).get("error"), body);
        }
    }

    @Test
    void post_hugeBody_shouldAnswer413() throws Exception {
        byte[] huge = new byte[CallbackServlet.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';

        HttpResponse<byte[]> response = server.post(callbackUrl, huge, "Content-Type", "application/json");

        assertEquals(413, response.statusCode());
    }

    @Test
    void post_formEncodedContentType_shouldStillReadTheJsonBody() throws Exception {
        Map<String, Object> fields = status2();

        HttpResponse<byte[]> response = server.post(callbackUrl,
                Json.write(DocsTokens.body(TestApp.SECRET, fields, app.time.now())),
                "Content-Type", "application/x-www-form-urlencoded");

        assertEquals(200, response.statusCode(), ServletServer.text(response));
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }

    @Test
    void get_shouldNotBeAllowed() throws Exception {
        assertEquals(405, server.get(callbackUrl).statusCode());
    }
}
