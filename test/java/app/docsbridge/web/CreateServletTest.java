package app.docsbridge.web;

import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.json.Json;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import app.docsbridge.testing.VelocityPageRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/create";
    static final String[] XSRF = {"X-Atlassian-Token", "no-check", "Content-Type", "application/json"};
    private static final long PAGE = 7;

    private final TestApp app = new TestApp();
    private final PropertiesMessages messages = new PropertiesMessages();
    private ServletServer server;

    @BeforeEach
    void setUp() throws Exception {
        DocumentCreator creator = new DocumentCreator(app.attachments, app.permissions, app.formats, app.locks,
                app.users, app.settings);
        server = ServletServer.start("/confluence", Map.of(PATH,
                new CreateServlet(creator, app.users, messages, app.hostUrls, new VelocityPageRenderer())));
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-bob", "bob", "Bob");
        app.permissions.allowAddAttachments("key-alice", PAGE);
        app.users.signIn("key-alice");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<byte[]> post(String body, String... headers) throws Exception {
        return server.post(PATH, body, headers);
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void post_shouldCreateTheDocumentAndAnswerWhereToOpenIt() throws Exception {
        HttpResponse<byte[]> response = post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"Minutes\"}", XSRF);
        Map<String, Object> body = json(response);

        assertEquals(200, response.statusCode());
        long id = ((Number) body.get("id")).longValue();
        assertEquals("Minutes.docx", body.get("fileName"));
        assertEquals(7, ((Number) body.get("pageId")).intValue());
        assertEquals("/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=" + id, body.get("editorUrl"));
        assertEquals("key-alice", app.attachments.find(id).orElseThrow().lastModifierKey());
    }

    @Test
    void post_shouldNumberExistingNamesAndAcceptThePageIdAsText() throws Exception {
        app.attachments.add(PAGE, "Plan.xlsx", new byte[] {1}, "key-alice");

        Map<String, Object> body = json(post("{\"pageId\":\"7\",\"type\":\"xlsx\",\"fileName\":\"plan\"}", XSRF));

        assertEquals("plan (1).xlsx", body.get("fileName"));
    }

    @Test
    void post_shouldExplainARefusedName() throws Exception {
        HttpResponse<byte[]> response = post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"a:b\"}", XSRF);
        Map<String, Object> body = json(response);

        assertEquals(400, response.statusCode());
        assertEquals("invalidName", body.get("error"));
        assertEquals("FORBIDDEN_CHARACTER", body.get("problem"));
        assertEquals("A name cannot contain any of these characters: \\ / : * ? \" < > |", body.get("message"));

        Map<String, Object> tooLong = json(post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"" + "x".repeat(201)
                + "\"}", XSRF));
        assertEquals("Use at most 200 characters.", tooLong.get("message"));
        assertEquals(0, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void post_shouldRefuseUsersWhoMayNotAddAttachmentsAndAnonymousVisitors() throws Exception {
        app.users.signIn("key-bob");
        HttpResponse<byte[]> forbidden = post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"A\"}", XSRF);
        assertEquals(403, forbidden.statusCode());
        assertEquals("You do not have permission to add attachments to this page.", json(forbidden).get("message"));

        app.users.signOut();
        HttpResponse<byte[]> anonymous = post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"A\"}", XSRF);
        assertEquals(401, anonymous.statusCode());
        assertEquals("loginRequired", json(anonymous).get("error"));
        assertEquals(0, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void post_idsThatOverflowOrAreNoIntegers_shouldBe400AndCreateNothing() throws Exception {
        int before = app.attachments.listOnPage(7).size();
        // 2^64 + 7 wraps to 7 in a long; 2^63 + 7 to a negative number
        for (String pageId : new String[] {"18446744073709551623", "\"18446744073709551623\"", "9223372036854775815",
            "7.5", "7e0", "7.0", "\"٧\"", "\" 7\"", "true", "[7]"}) {
            HttpResponse<byte[]> response = post("{\"pageId\":" + pageId + ",\"type\":\"docx\",\"fileName\":\"A\"}",
                    XSRF);
            assertEquals(400, response.statusCode(), pageId);
            assertEquals("badRequest", json(response).get("error"), pageId);
            assertTrue(((String) json(response).get("message")).length() > 10, pageId);
        }
        assertEquals(before, app.attachments.listOnPage(7).size());
    }

    @Test
    void post_shouldRefuseBadRequests() throws Exception {
        assertEquals(400, post("{\"type\":\"docx\",\"fileName\":\"A\"}", XSRF).statusCode());
        assertEquals(400, post("not json", XSRF).statusCode());
        assertEquals(400, post("{\"pageId\":-7,\"type\":\"docx\",\"fileName\":\"A\"}", XSRF).statusCode());
        HttpResponse<byte[]> unknownType = post("{\"pageId\":7,\"type\":\"exe\",\"fileName\":\"A\"}", XSRF);
        assertEquals(400, unknownType.statusCode());
        assertEquals("unknownType", json(unknownType).get("error"));
    }

    @Test
    void post_shouldRequireTheXsrfHeaderAJsonBodyAndThisOrigin() throws Exception {
        String body = "{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"A\"}";
        HttpResponse<byte[]> noHeader = post(body, "Content-Type", "application/json");
        HttpResponse<byte[]> form = post(body, "X-Atlassian-Token", "no-check",
                "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<byte[]> foreign = post(body, "X-Atlassian-Token", "no-check", "Content-Type", "application/json",
                "Origin", "https://evil.example");

        for (HttpResponse<byte[]> response : java.util.List.of(noHeader, form, foreign)) {
            assertEquals(403, response.statusCode());
            assertEquals("xsrf", json(response).get("error"));
        }
        HttpResponse<byte[]> sameOrigin = post(body, "X-Atlassian-Token", "no-check",
                "Content-Type", "application/json; charset=UTF-8", "Origin", "https://wiki.example.com");
        assertEquals(200, sameOrigin.statusCode());
        assertEquals(1, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void get_shouldNeverCreate() throws Exception {
        HttpResponse<byte[]> response = server.get(PATH + "?pageId=7&type=docx&fileName=A");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
        assertEquals(0, app.attachments.listOnPage(PAGE).size());
        DownloadAsServletTest.assertMessagePage(response, "Continue on the attachments page",
                "choose New document");
        assertTrue(ServletServer.text(response).contains("viewpageattachments.action?pageId=7"));
    }

    @Test
    void post_shouldCreateNothingUntilOnlyofficeIsConfigured() throws Exception {
        app.set("jwtSecret", "");

        HttpResponse<byte[]> response = post("{\"pageId\":7,\"type\":\"docx\",\"fileName\":\"A\"}", XSRF);

        assertEquals(503, response.statusCode());
        assertEquals(0, app.attachments.listOnPage(PAGE).size(), "no blank file that then dead-ends");
    }
}
