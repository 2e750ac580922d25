package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import app.docsbridge.testing.VelocityPageRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ConvertServletTest {

    static final String PATH = "/plugins/servlet/onlyoffice/convert";
    private static final String[] XSRF = CreateServletTest.XSRF;
    private static final long PAGE = 7;

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private ServletServer server;
    private StoredAttachment letter;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        ConversionService conversions = new ConversionService(app.attachments, app.permissions, app.formats,
                app.actions, app.settings, app.links, app.docs, app.locks, app.spool, app.comments);
        server = ServletServer.start("/confluence", Map.of(PATH,
                new ConvertServlet(conversions, app.users, new PropertiesMessages(), app.hostUrls, new VelocityPageRenderer())));
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-bob", "bob", "Bob");
        app.users.signIn("key-alice");
        letter = app.attachments.add(PAGE, "Letter.odt", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", letter.id()).allowAddAttachments("key-alice", PAGE);
    }

    @AfterEach
    void tearDown() {
        server.close();
        docs.close();
    }

    private HttpResponse<byte[]> convert(String target) throws Exception {
        return server.post(PATH, "{\"attachmentId\":" + letter.id() + ",\"target\":\"" + target + "\"}", XSRF);
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws Exception {
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void post_shouldReportProgressThenTheNewAttachment() throws Exception {
        byte[] result = {7, 7, 7};
        String url = docs.serve("/cache/out.docx", result);
        AtomicInteger calls = new AtomicInteger();
        docs.converter(r -> calls.incrementAndGet() == 1 ? Map.of("percent", 0, "endConvert", false)
                : Map.of("fileUrl", url, "fileType", "docx", "percent", 100, "endConvert", true));

        HttpResponse<byte[]> running = convert("docx");
        HttpResponse<byte[]> done = convert("docx");

        assertEquals(200, running.statusCode());
        assertEquals(Map.of("percent", 0, "done", false), json(running));
        assertEquals(200, done.statusCode());
        Map<String, Object> body = json(done);
        assertEquals(true, body.get("done"));
        assertEquals(100, body.get("percent"));
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = (Map<String, Object>) body.get("attachment");
        long id = ((Number) attachment.get("id")).longValue();
        assertEquals("Letter.docx", attachment.get("fileName"));
        assertEquals("/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=" + id, attachment.get("editorUrl"));
        assertArrayEquals(result, app.attachments.latestBytes(id));
    }

    @Test
    void post_shouldExplainEachDocsErrorInWords() throws Exception {
        Map<Integer, String> expected = Map.of(
                -3, "unreadable", -4, "download", -5, "password", -8, "token", -10, "tooLarge", -6, "failed");
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            docs.converter(r -> Map.of("error", e.getKey()));
            HttpResponse<byte[]> response = convert("docx");
            Map<String, Object> body = json(response);

            assertEquals(422, response.statusCode(), e.toString());
            assertEquals(e.getValue(), body.get("error"));
            assertEquals(e.getKey(), body.get("code"));
            String message = (String) body.get("message");
            assertFalse(message.startsWith("docsbridge."), message);
        }
        docs.converter(r -> Map.of("error", -5));
        assertEquals("The file is protected by a password. Save it without the password, upload it again, then "
                + "convert it.", json(convert("docx")).get("message"));
        docs.converter(r -> Map.of("error", -7));
        assertEquals("The conversion failed (ONLYOFFICE Docs error -7). Try again; if it keeps failing, tell your "
                + "Confluence administrator.", json(convert("docx")).get("message"));
    }

    @Test
    void post_shouldSayWhenTheDocsServerCannotBeReached() throws Exception {
        docs.close();

        HttpResponse<byte[]> response = convert("docx");

        assertEquals(503, response.statusCode());
        assertEquals("unavailable", json(response).get("error"));
        assertEquals("The ONLYOFFICE Docs server cannot be reached. Try again later; if it keeps happening, tell "
                + "your Confluence administrator.", json(response).get("message"));
    }

    @Test
    void post_shouldRefuseWhatTheUserMayNotDo() throws Exception {
        assertEquals(400, convert("pdf").statusCode(), "odt converts to docx only");
        app.users.signIn("key-bob");
        assertEquals(404, convert("docx").statusCode());
        app.permissions.allowView("key-bob", letter.id());
        HttpResponse<byte[]> forbidden = convert("docx");
        assertEquals(403, forbidden.statusCode());
        assertEquals("forbidden", json(forbidden).get("error"));
        assertEquals(0, docs.requests().size());
    }

    @Test
    void post_shouldRequireXsrfProtectionAndGetShouldNotConvert() throws Exception {
        String body = "{\"attachmentId\":" + letter.id() + ",\"target\":\"docx\"}";
        assertEquals(403, server.post(PATH, body, "Content-Type", "application/json").statusCode());
        HttpResponse<byte[]> page = server.get(PATH + "?attachmentId=" + letter.id() + "&target=docx");
        assertEquals(405, page.statusCode());
        DownloadAsServletTest.assertMessagePage(page, "Continue on the attachments page",
                "choose Convert to DOCX next to the file");
        assertTrue(ServletServer.text(page).contains(letter.fileName()), "names the file");
        assertTrue(ServletServer.text(page).contains("viewpageattachments.action?pageId=" + PAGE), "links there");
        assertFalse(ServletServer.text(page).contains("methodNotAllowed"), "no raw JSON");
        assertEquals(400, server.post(PATH, "{\"attachmentId\":" + letter.id() + "}", XSRF).statusCode());
        assertEquals(0, docs.requests().size());
    }

    @Test
    void post_anAttachmentIdThatOverflows_shouldBe400AndNeverActOnAnotherAttachment() throws Exception {
        java.math.BigInteger wrapped = java.math.BigInteger.ONE.shiftLeft(64).add(java.math.BigInteger.valueOf(letter.id()));
        for (String id : new String[] {wrapped.toString(), "\"" + wrapped + "\"", letter.id() + ".5", "-" + letter.id()}) {
            HttpResponse<byte[]> response = server.post(PATH, "{\"attachmentId\":" + id + ",\"target\":\"docx\"}",
                    XSRF);
            assertEquals(400, response.statusCode(), id);
            assertEquals("badRequest", json(response).get("error"), id);
        }
        assertEquals(0, docs.requests().size(), "nothing was converted");
    }

    @Test
    void post_shouldSayWhenOnlyofficeIsNotConfigured() throws Exception {
        app.set("docsUrl", "");

        HttpResponse<byte[]> response = convert("docx");

        assertEquals(503, response.statusCode());
        assertEquals("notConfigured", json(response).get("error"));
    }
}
