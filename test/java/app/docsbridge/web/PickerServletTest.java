package app.docsbridge.web;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.picker.FilePicker;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.PageVisibility;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PickerServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/picker";
    private static final String[] XSRF = CreateServletTest.XSRF;

    private final TestApp app = new TestApp();
    private final Set<Long> visiblePages = new HashSet<>(List.of(7L));
    private ServletServer server;
    private StoredAttachment report;
    private StoredAttachment chart;

    @BeforeEach
    void setUp() throws Exception {
        ContentDirectory pages =
                new PageVisibility((userKey, pageId) -> userKey != null && visiblePages.contains(pageId));
        FilePicker picker = new FilePicker(app.attachments, app.permissions, pages, app.formats, app.links,
                app.settings, app.time);
        server = ServletServer.start("/confluence", Map.of(PATH, new PickerServlet(picker, app.formats, app.users,
                new PropertiesMessages(), app.hostUrls)));
        app.users.add("key-alice", "alice", "Alice");
        app.users.signIn("key-alice");
        report = app.attachments.add(7, "Report.docx", new byte[] {1}, "key-alice");
        chart = app.attachments.add(7, "Chart.png", new byte[] {2, 3}, "key-alice");
        app.permissions.allowEdit("key-alice", report.id()).allowView("key-alice", chart.id());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<byte[]> pick(long attachmentId, String purpose, String c) throws Exception {
        return server.post(PATH, "{\"editorAttachmentId\":" + report.id() + ",\"attachmentId\":" + attachmentId
                + ",\"purpose\":\"" + purpose + "\",\"c\":\"" + c + "\"}", XSRF);
    }

    @Test
    void get_shouldListOnlyViewableFilesInTheAcceptedFormats() throws Exception {
        StoredAttachment hidden = app.attachments.add(7, "Hidden.png", new byte[] {1}, "key-alice");
        StoredAttachment budget = app.attachments.add(7, "Budget.xlsx", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", budget.id());

        Map<String, Object> images = Json.readObject(ServletServer.text(server.get(PATH + "?pageId=7&purpose=image")));
        assertEquals(List.of("Chart.png"), names(images));
        assertTrue(((List<?>) images.get("accept")).contains("png"));
        assertFalse(((List<?>) images.get("accept")).contains("docx"));
        assertFalse(names(images).contains(hidden.fileName()), "a file the user may not view is never listed");

        Map<String, Object> sheets = Json.readObject(ServletServer.text(server.get(PATH + "?pageId=7&purpose=spreadsheet")));
        assertEquals(List.of("Budget.xlsx"), names(sheets));
        Map<String, Object> documents = Json.readObject(ServletServer.text(server.get(PATH + "?pageId=7&purpose=document")));
        assertEquals(List.of("Report.docx"), names(documents));
    }

    @Test
    void get_view_shouldListEveryFileOnlyofficeCanDisplayForThePreviewMacro() throws Exception {
        StoredAttachment letter = app.attachments.add(7, "Letter.odt", new byte[] {1}, "key-alice");
        StoredAttachment tool = app.attachments.add(7, "Tool.exe", new byte[] {1}, "key-alice");
        StoredAttachment hidden = app.attachments.add(7, "Hidden.pdf", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", letter.id()).allowView("key-alice", tool.id());

        Map<String, Object> viewable = Json.readObject(ServletServer.text(server.get(PATH + "?pageId=7&purpose=view")));
        assertEquals(List.of("Letter.odt", "Report.docx"), names(viewable).stream().sorted().toList(),
                "documents ONLYOFFICE displays, not images, programs or files the user may not view");
        List<?> accept = (List<?>) viewable.get("accept");
        assertTrue(accept.containsAll(List.of("docx", "xlsx", "pptx", "pdf", "odt")));
        assertFalse(accept.contains("exe"));
        assertFalse(names(viewable).contains(hidden.fileName()));
    }

    @Test
    void post_view_shouldSignNothing_theMacroChecksAccessWhenItRenders() throws Exception {
        assertEquals(415, pick(report.id(), "view", "add").statusCode());
        assertEquals(415, pick(report.id(), "view", "compare").statusCode());
    }

    @Test
    void get_shouldRefuseAPageTheUserMayNotSeeAndBadParameters() throws Exception {
        visiblePages.clear();
        HttpResponse<byte[]> hidden = server.get(PATH + "?pageId=7&purpose=image");
        assertEquals(404, hidden.statusCode());
        assertEquals("notFound", Json.readObject(ServletServer.text(hidden)).get("error"));
        assertEquals(400, server.get(PATH + "?pageId=7&purpose=video").statusCode());
        assertEquals(400, server.get(PATH + "?pageId=x&purpose=image").statusCode());
        app.users.signOut();
        assertEquals(401, server.get(PATH + "?pageId=7&purpose=image").statusCode());
    }

    @Test
    void post_shouldSignTheInsertImageObjectWithAScopedExpiringFileLink() throws Exception {
        HttpResponse<byte[]> response = pick(chart.id(), "image", "add");
        assertEquals(200, response.statusCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> command = (Map<String, Object>) Json.readObject(ServletServer.text(response)).get("command");
        assertEquals("add", command.get("c"));
        @SuppressWarnings("unchecked")
        Map<String, Object> image = ((List<Map<String, Object>>) command.get("images")).get(0);
        assertEquals("png", image.get("fileType"));

        Map<String, Object> claims = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) command.get("token"));
        assertEquals(command.get("images"), claims.get("images"), "the token covers the object it travels with");
        assertEquals("add", claims.get("c"));
        assertTrue(claims.containsKey("exp"));

        String url = (String) image.get("url");
        assertTrue(url.startsWith(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/file?token="), url);
        String linkToken = URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
        assertEquals(new FileLink(chart.id(), chart.version()), app.links.verifyFile(linkToken));
    }

    @Test
    void post_shouldHandTheDocumentForCompareAndTheSpreadsheetForMailMerge() throws Exception {
        StoredAttachment budget = app.attachments.add(7, "Budget.xlsx", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", budget.id());
        Map<String, Object> compare = command(pick(report.id(), "document", "compare"));
        assertEquals(Set.of("c", "fileType", "url", "token"), compare.keySet());
        assertEquals("docx", compare.get("fileType"));
        Map<String, Object> merge = command(pick(budget.id(), "spreadsheet", "mailmerge"));
        assertEquals("xlsx", merge.get("fileType"));
        assertEquals("mailmerge", merge.get("c"));
    }

    @Test
    void post_shouldRefuseFilesTheUserMayNotViewWrongFormatsAndForgedRequests() throws Exception {
        StoredAttachment secret = app.attachments.add(8, "Secret.png", new byte[] {1}, "key-alice");
        HttpResponse<byte[]> hidden = pick(secret.id(), "image", "add");
        assertEquals(404, hidden.statusCode());
        assertEquals("notFound", Json.readObject(ServletServer.text(hidden)).get("error"));
        assertEquals(404, pick(999, "image", "add").statusCode());
        assertEquals(415, pick(report.id(), "image", "add").statusCode(), "a document is no image");
        assertEquals(415, pick(chart.id(), "image", "compare").statusCode(), "an unknown command is refused");
        assertEquals(400, server.post(PATH, "{\"attachmentId\":" + chart.id() + "}", XSRF).statusCode());

        String body = "{\"editorAttachmentId\":" + report.id() + ",\"attachmentId\":" + chart.id()
                + ",\"purpose\":\"image\",\"c\":\"add\"}";
        assertEquals(403, server.post(PATH, body, "Content-Type", "application/json").statusCode());
        assertEquals(403, server.post(PATH, body, "Content-Type", "application/json", "X-Atlassian-Token", "no-check",
                "Origin", "https://evil.example.com").statusCode());

        app.permissions.revokeView("key-alice", report.id());
        assertEquals(404, pick(chart.id(), "image", "add").statusCode(), "only from an editor the user may open");
    }

    @Test
    void post_shouldSayWhenTheAppIsNotConfigured() throws Exception {
        app.set("jwtSecret", "");
        HttpResponse<byte[]> response = pick(chart.id(), "image", "add");
        assertEquals(503, response.statusCode());
        assertEquals("notConfigured", Json.readObject(ServletServer.text(response)).get("error"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> command(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), ServletServer.text(response));
        return (Map<String, Object>) Json.readObject(ServletServer.text(response)).get("command");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("files")).stream().map(f -> (String) f.get("fileName")).toList();
    }
}
