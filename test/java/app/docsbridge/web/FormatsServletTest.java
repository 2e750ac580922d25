package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.formats.DownloadOrder;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/formats";

    private final TestApp app = new TestApp();
    private ServletServer server;

    @BeforeEach
    void setUp() throws Exception {
        ConversionService conversions = new ConversionService(app.attachments, app.permissions, app.formats,
                app.actions, app.settings, app.links, app.docs, app.locks, app.spool, app.comments);
        server = ServletServer.start("/confluence", Map.of(PATH, new FormatsServlet(app.attachments, app.permissions,
                app.formats, app.actions, app.users, app.hostUrls, new PropertiesMessages(), conversions)));
        app.users.add("key-alice", "alice", "Alice");
        app.users.signIn("key-alice");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Map<String, Object> formats(long id) throws Exception {
        HttpResponse<byte[]> response = server.get(PATH + "?attachmentId=" + id);
        assertEquals(200, response.statusCode());
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void get_shouldAnswerWhatAnEditorMayDo() throws Exception {
        StoredAttachment docx = app.attachments.add(7, "Report.docx", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowAddAttachments("key-alice", 7);

        Map<String, Object> body = formats(docx.id());

        assertEquals("Report.docx", body.get("fileName"));
        assertEquals(7, ((Number) body.get("pageId")).intValue());
        assertEquals("edit", body.get("access"));
        assertNull(body.get("convert"), "a docx is already OOXML");
        assertEquals(new DownloadOrder().order(app.formats.find("docx").orElseThrow().convertTargets()).stream()
                .map(DownloadOrder.Choice::target).toList(), body.get("downloadAs"));
        assertEquals("/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=" + docx.id(), body.get("editorUrl"));
    }

    @Test
    void get_shouldAnswerViewAndConvertForALegacyFile() throws Exception {
        StoredAttachment doc = app.attachments.add(7, "Old.doc", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", doc.id());
        assertEquals("view", formats(doc.id()).get("access"));
        assertNull(formats(doc.id()).get("convert"), "no permission to add attachments");

        app.permissions.allowAddAttachments("key-alice", 7);
        assertEquals("docx", formats(doc.id()).get("convert"));
        assertTrue(((List<?>) formats(doc.id()).get("downloadAs")).contains("pdf"));
    }

    @Test
    void get_shouldAnswerNothingForUnsupportedFilesAndHideFilesTheUserMayNotSee() throws Exception {
        StoredAttachment zip = app.attachments.add(7, "archive.zip", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", zip.id());
        StoredAttachment secret = app.attachments.add(7, "secret.docx", new byte[] {1}, "key-alice");

        Map<String, Object> body = formats(zip.id());
        assertNull(body.get("access"));
        assertNull(body.get("convert"));
        assertEquals(List.of(), body.get("downloadAs"));
        assertEquals(404, server.get(PATH + "?attachmentId=" + secret.id()).statusCode());
        assertEquals(400, server.get(PATH + "?attachmentId=abc").statusCode());

        app.users.signOut();
        assertEquals(401, server.get(PATH + "?attachmentId=" + secret.id()).statusCode(),
                "an ended session is asked to log in, not told the file is gone");
    }

    @Test
    void get_whenTheAppIsNotConfigured_shouldSaySoInsteadOfOfferingNothing() throws Exception {
        StoredAttachment docx = app.attachments.add(7, "Report.docx", new byte[] {1}, "key-alice");
        StoredAttachment secret = app.attachments.add(7, "secret.docx", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", docx.id());
        app.set("docsUrl", "");

        HttpResponse<byte[]> response = server.get(PATH + "?attachmentId=" + docx.id());
        assertEquals(503, response.statusCode());
        Map<String, Object> body = Json.readObject(ServletServer.text(response));
        assertEquals("notConfigured", body.get("error"));
        assertTrue(((String) body.get("message")).contains("not set up"), String.valueOf(body.get("message")));
        assertEquals(404, server.get(PATH + "?attachmentId=" + secret.id()).statusCode(),
                "a file the user may not see stays unknown");
    }

    @Test
    void get_shouldOfferDownloadFormatsMostUsefulFirstWithNamesAndGroups() throws Exception {
        StoredAttachment doc = app.attachments.add(7, "Old.doc", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", doc.id());

        Map<String, Object> body = formats(doc.id());

        List<?> targets = (List<?>) body.get("downloadAs");
        assertEquals(List.of("pdf", "pdfa", "docx", "docm", "dotx", "dotm", "odt", "ott"), targets.subList(0, 8),
                "PDF, then the OOXML of the same kind, then OpenDocument");
        assertEquals(List.of("png", "jpg", "gif", "bmp"), targets.subList(targets.size() - 4, targets.size()),
                "images last");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> choices = (List<Map<String, Object>>) body.get("downloadAsChoices");
        assertEquals(targets, choices.stream().map(c -> c.get("target")).toList());
        assertEquals(Map.of("target", "pdf", "extension", "pdf", "label", "PDF document", "group", "pdf"), choices.get(0));
        assertEquals(Map.of("target", "pdfa", "extension", "pdf", "label", "PDF/A (PDF for archiving)", "group", "pdf"),
                choices.get(1));
        assertEquals(Map.of("target", "docx", "extension", "docx", "label", "Word document (DOCX)", "group", "office"),
                choices.get(2));
        assertEquals("openDocument", choices.get(6).get("group"));
    }

    @Test
    void get_shouldSayWhatConvertWouldDo() throws Exception {
        StoredAttachment doc = app.attachments.add(7, "Letter.doc", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", doc.id()).allowAddAttachments("key-alice", 7);

        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) formats(doc.id()).get("convertPlan");
        assertEquals(Map.of("fileName", "Letter.docx", "upToDate", false, "nameTaken", false), plan);
        assertEquals(List.of("Letter.doc"), formats(doc.id()).get("pageFileNames"));

        app.attachments.add(7, "letter.DOCX", new byte[] {1}, "key-alice");
        @SuppressWarnings("unchecked")
        Map<String, Object> taken = (Map<String, Object>) formats(doc.id()).get("convertPlan");
        assertEquals(true, taken.get("nameTaken"), "names compare without case, as in Confluence");
    }

    @Test
    void get_withAPageId_shouldListTheNamesANewFileMustNotTake() throws Exception {
        app.attachments.add(7, "Plan.xlsx", new byte[] {1}, "key-alice");
        assertEquals(404, server.get(PATH + "?pageId=7").statusCode(), "only for users who may add attachments");

        app.permissions.allowAddAttachments("key-alice", 7);
        HttpResponse<byte[]> response = server.get(PATH + "?pageId=7");
        assertEquals(200, response.statusCode());
        assertEquals(List.of("Plan.xlsx"), Json.readObject(ServletServer.text(response)).get("fileNames"));

        app.users.signOut();
        assertEquals(401, server.get(PATH + "?pageId=7").statusCode());
    }
}
