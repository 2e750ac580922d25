package app.docsbridge.web;

import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.conversion.DownloadLinks;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadAsServletTest {

    private static final String PATH = DownloadLinks.PATH;
    private static final String[] XSRF = CreateServletTest.XSRF;
    private static final byte[] PDF = "%PDF-1.7 converted".getBytes(StandardCharsets.ISO_8859_1);

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private ServletServer server;
    private StoredAttachment report;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        ConversionService conversions = new ConversionService(app.attachments, app.permissions, app.formats,
                app.actions, app.settings, app.links, app.docs, app.locks, app.spool, app.comments);
        server = ServletServer.start("/confluence", Map.of(PATH, new DownloadAsServlet(conversions,
                new DownloadLinks(app.settings, app.time), app.docs, app.permissions, app.formats, app.users,
                new PropertiesMessages(), app.hostUrls, new VelocityPageRenderer())));
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-bob", "bob", "Bob");
        app.users.signIn("key-alice");
        report = app.attachments.add(7, "Report.docx", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", report.id());
        String url = docs.serve("/cache/files/conv_x/output.pdf?md5=a&expires=9", PDF, true);
        AtomicInteger calls = new AtomicInteger();
        docs.converter(r -> calls.incrementAndGet() == 1 ? Map.of("percent", 0, "endConvert", false)
                : Map.of("fileUrl", url, "fileType", r.get("outputtype"), "percent", 100, "endConvert", true));
    }

    @AfterEach
    void tearDown() {
        server.close();
        docs.close();
    }

    private HttpResponse<byte[]> start(String target, String fileName) throws Exception {
        return server.post(PATH, Json.write(Map.of("attachmentId", report.id(), "target", target,
                "fileName", fileName)), XSRF);
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response) throws Exception {
        return Json.readObject(ServletServer.text(response));
    }

    /** Polls until done and returns the final answer. */
    private Map<String, Object> finished(String target, String fileName) throws Exception {
        assertEquals(Map.of("percent", 0, "done", false), json(start(target, fileName)));
        HttpResponse<byte[]> done = start(target, fileName);
        assertEquals(200, done.statusCode());
        return json(done);
    }

    @Test
    void downloadAs_shouldStreamTheResultUnderTheChosenName() throws Exception {
        Map<String, Object> done = finished("pdf", "Quarterly report für März");
        String downloadUrl = (String) done.get("downloadUrl");

        assertEquals(true, done.get("done"));
        assertEquals("Quarterly report für März.pdf", done.get("fileName"));
        assertTrue(downloadUrl.startsWith("/confluence/plugins/servlet/onlyoffice/download-as?token="), downloadUrl);

        HttpResponse<byte[]> file = server.get(downloadUrl.substring("/confluence".length()));
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Quarterly report f_r M_rz.pdf\"; "
                        + "filename*=UTF-8''Quarterly%20report%20f%C3%BCr%20M%C3%A4rz.pdf",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no-store", file.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(1, app.attachments.listOnPage(7).size(), "nothing is stored in Confluence");
    }

    @Test
    void downloadAs_shouldNotDoubleTheExtensionAndShouldNamePdfaFilesPdf() throws Exception {
        assertEquals("Report.pdf", finished("pdf", "Report.pdf").get("fileName"));
        // The fake Docs server is done from now on and answers the requested type, here "pdfa".
        assertEquals("Report.pdf", json(start("pdfa", "Report")).get("fileName"));
    }

    @Test
    void downloadLink_shouldServeOnlyItsUserAndOnlyForAWhile() throws Exception {
        String downloadUrl = ((String) finished("pdf", "Report").get("downloadUrl")).substring("/confluence".length());

        app.users.signIn("key-bob");
        app.permissions.allowView("key-bob", report.id());
        HttpResponse<byte[]> otherUser = server.get(downloadUrl);
        assertEquals(403, otherUser.statusCode());
        assertMessagePage(otherUser, "This download link is not yours", "made for another user");
        assertTrue(ServletServer.text(otherUser).contains("/pages/viewpageattachments.action?pageId=" + report.pageId()),
                "back to the file's page, where Bob may choose Download as… himself");

        app.users.signIn("key-alice");
        app.permissions.revokeView("key-alice", report.id());
        assertEquals(404, server.get(downloadUrl).statusCode(), "view permission is checked again");

        app.permissions.allowView("key-alice", report.id());
        app.time.advance(Duration.ofMinutes(15));
        HttpResponse<byte[]> expired = server.get(downloadUrl);
        assertEquals(403, expired.statusCode());
        assertMessagePage(expired, "This download link has expired", "choose Download as");
        assertTrue(ServletServer.text(expired).contains("/pages/viewpageattachments.action?pageId=" + report.pageId()),
                "back to the file's page, where Alice may choose Download as… again");
        HttpResponse<byte[]> garbage = server.get(PATH + "?token=garbage");
        assertEquals(403, garbage.statusCode());
        assertFalse(ServletServer.text(garbage).contains("viewpageattachments"), "a token not ours names no page");

        app.permissions.revokeView("key-alice", report.id());
        HttpResponse<byte[]> expiredHidden = server.get(downloadUrl);
        assertEquals(403, expiredHidden.statusCode());
        assertFalse(ServletServer.text(expiredHidden).contains("viewpageattachments"),
                "no way to a page the user may no longer see");
    }

    /** A message page: its heading as the window title and h1, what to do, and a way back. */
    static void assertMessagePage(HttpResponse<byte[]> response, String heading, String message) {
        String html = ServletServer.text(response);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), html);
        assertTrue(html.contains("<title>" + heading + " - ONLYOFFICE Docs</title>"), html);
        assertTrue(html.contains("<h1>" + heading + "</h1>"), html);
        assertTrue(html.contains(message), html);
        assertTrue(html.contains("<li><a href=\"/confluence/"), "a way back: " + html);
    }

    @Test
    void downloadLink_shouldSendSomeoneWhoseSessionEndedToTheLoginAndBack() throws Exception {
        String downloadUrl = ((String) finished("pdf", "Report").get("downloadUrl")).substring("/confluence".length());
        app.users.signOut();

        HttpResponse<byte[]> answer = server.get(downloadUrl);

        assertEquals(302, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.action?os_destination="), location);
        assertTrue(java.net.URLDecoder.decode(location, StandardCharsets.UTF_8)
                .endsWith(downloadUrl.substring(0, downloadUrl.indexOf('?'))
                        + downloadUrl.substring(downloadUrl.indexOf('?'))), location);
    }

    @Test
    void downloadAs_shouldAskSomeoneWhoseSessionEndedToLogInInsteadOfSayingTheFileIsGone() throws Exception {
        app.users.signOut();

        HttpResponse<byte[]> answer = start("pdf", "Report");

        assertEquals(401, answer.statusCode());
        assertEquals("loginRequired", json(answer).get("error"));
    }

    @Test
    void menuLinkOpenedInANewTab_shouldExplainWhereDownloadAsWorksAndLinkThere() throws Exception {
        HttpResponse<byte[]> page = server.get(PATH + "?attachmentId=" + report.id());

        assertEquals(405, page.statusCode());
        assertEquals("POST", page.headers().firstValue("Allow").orElseThrow());
        assertMessagePage(page, "Continue on the attachments page", "next to Report.docx");
        assertTrue(ServletServer.text(page).contains("href=\"/confluence/pages/viewpageattachments.action?pageId=7\""));
        assertFalse(ServletServer.text(page).contains("expired"));
    }

    @Test
    void downloadAs_shouldWorkForAnonymousVisitorsWhoMayView() throws Exception {
        app.users.signOut();
        app.permissions.allowView(null, report.id());

        String downloadUrl = ((String) finished("odt", "Report").get("downloadUrl")).substring("/confluence".length());

        assertEquals(200, server.get(downloadUrl).statusCode());
    }

    @Test
    void downloadAs_shouldRefuseBadNamesFormatsAndRequests() throws Exception {
        HttpResponse<byte[]> badName = start("pdf", "a|b");
        assertEquals(400, badName.statusCode());
        assertEquals("invalidName", json(badName).get("error"));
        assertEquals(400, start("xlsx", "Report").statusCode(), "a docx does not become a spreadsheet");
        assertEquals(403, server.post(PATH, "{}", "Content-Type", "application/json").statusCode());
        app.users.signIn("key-bob");
        assertEquals(404, start("pdf", "Report").statusCode());
        assertEquals(0, docs.requestsTo("/converter").size());
    }
}
