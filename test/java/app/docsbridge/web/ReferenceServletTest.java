package app.docsbridge.web;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.FileLink;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.reference.ReferenceSources;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linked data between spreadsheets: update values, change source, open source (issue #13). */
class ReferenceServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/reference";
    private static final String[] XSRF = CreateServletTest.XSRF;

    private final TestApp app = new TestApp();
    private ServletServer server;
    private StoredAttachment targets;
    private StoredAttachment budget;

    @BeforeEach
    void setUp() throws Exception {
        ReferenceSources sources = new ReferenceSources(app.attachments, app.permissions, app.formats, app.links,
                app.keys, app.settings, app.hostUrls, app.time);
        server = ServletServer.start("/confluence", Map.of(PATH, new ReferenceServlet(sources, app.users,
                new PropertiesMessages(), app.hostUrls)));
        app.users.add("key-alice", "alice", "Alice");
        app.users.signIn("key-alice");
        targets = app.attachments.add(7, "Targets.xlsx", new byte[] {1}, "key-alice");
        budget = app.attachments.add(7, "Budget.xlsx", new byte[] {1, 2}, "key-alice");
        app.permissions.allowEdit("key-alice", targets.id()).allowView("key-alice", budget.id());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<byte[]> post(String fields) throws Exception {
        return server.post(PATH, "{\"editorAttachmentId\":" + targets.id() + "," + fields + "}", XSRF);
    }

    private String ours(long id) {
        return "\"referenceData\":{\"fileKey\":\"" + id + "\",\"instanceId\":\"" + app.settings.instanceId() + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> command(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), ServletServer.text(response));
        return (Map<String, Object>) Json.readObject(ServletServer.text(response)).get("command");
    }

    private static String error(HttpResponse<byte[]> response) throws Exception {
        return (String) Json.readObject(ServletServer.text(response)).get("error");
    }

    @Test
    void data_shouldSignTheLatestVersionOfTheSourceNamedByOurReferenceData() throws Exception {
        app.attachments.storeVersion(budget.id(), "key-alice", new ByteArrayInputStream(new byte[] {3}), 1, "v2");

        Map<String, Object> command = command(post("\"action\":\"data\"," + ours(budget.id()) + ",\"path\":\"Old name.xlsx\""));

        assertEquals("xlsx", command.get("fileType"));
        assertEquals("Budget.xlsx", command.get("path"), "the formula shows the source's current name");
        assertEquals(Map.of("fileKey", String.valueOf(budget.id()), "instanceId", app.settings.instanceId()),
                command.get("referenceData"));
        StoredAttachment latest = app.attachments.find(budget.id()).orElseThrow();
        assertEquals(app.keys.keyFor(latest), command.get("key"));
        String url = (String) command.get("url");
        assertTrue(url.startsWith(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/file?token="), url);
        String linkToken = URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
        assertEquals(new FileLink(budget.id(), 2), app.links.verifyFile(linkToken), "scoped to the latest version");
        Map<String, Object> claims = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time))
                .verify((String) command.get("token"));
        for (String field : new String[] {"fileType", "key", "path", "referenceData", "url"}) {
            assertEquals(command.get(field), claims.get(field), "the token covers " + field);
        }
        assertTrue(claims.containsKey("exp"), "expiring");
    }

    @Test
    void data_shouldFindASourceByPathOnTheSheetsPageOrByALinkToThisConfluence() throws Exception {
        assertEquals(budget.id() + "", ((Map<?, ?>) command(post("\"action\":\"data\",\"path\":\"Budget.xlsx\""))
                .get("referenceData")).get("fileKey"));
        String editorLink = TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/doceditor?attachmentId=" + budget.id();
        assertEquals("Budget.xlsx", command(post("\"action\":\"data\",\"link\":\"" + editorLink + "\"")).get("path"));
        String download = TestApp.CONFLUENCE + "/download/attachments/7/" + URLEncoder.encode("Budget.xlsx", StandardCharsets.UTF_8);
        assertEquals("Budget.xlsx", command(post("\"action\":\"data\",\"link\":\"" + download + "\"")).get("path"));
        // A deleted source named by referenceData is looked for by its path, as ONLYOFFICE advises.
        assertEquals("Budget.xlsx", command(post("\"action\":\"data\"," + ours(999) + ",\"path\":\"Budget.xlsx\"")).get("path"));

        assertEquals(404, post("\"action\":\"data\",\"link\":\"https://elsewhere.example.com/plugins/servlet/onlyoffice/doceditor?attachmentId="
                + budget.id() + "\"").statusCode(), "another site's link names nothing here");
        assertEquals(404, post("\"action\":\"data\",\"path\":\"Missing.xlsx\"").statusCode());
    }

    @Test
    void refusals_shouldSayWhyAndSignNothing() throws Exception {
        StoredAttachment secret = app.attachments.add(8, "Salaries.xlsx", new byte[] {1}, "key-bob");
        StoredAttachment report = app.attachments.add(7, "Report.docx", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", report.id());

        HttpResponse<byte[]> hidden = post("\"action\":\"data\"," + ours(secret.id()));
        assertEquals(404, hidden.statusCode());
        assertEquals("notFound", error(hidden));
        assertEquals(404, post("\"action\":\"open\"," + ours(secret.id())).statusCode());
        assertEquals(404, post("\"action\":\"source\",\"attachmentId\":" + secret.id()).statusCode());

        HttpResponse<byte[]> foreign = post("\"action\":\"data\",\"referenceData\":{\"fileKey\":\"" + budget.id()
                + "\",\"instanceId\":\"https://other.example.com\"},\"path\":\"Budget.xlsx\"");
        assertEquals(409, foreign.statusCode());
        assertEquals("foreign", error(foreign));
        assertEquals(415, post("\"action\":\"data\"," + ours(report.id())).statusCode());
        assertEquals(415, post("\"action\":\"source\",\"attachmentId\":" + report.id()).statusCode());

        assertEquals(400, post("\"action\":\"data\"").statusCode(), "nothing names a source");
        assertEquals(400, post("\"action\":\"data\",\"referenceData\":\"x\"").statusCode());
        assertEquals(400, post("\"action\":\"data\",\"path\":{\"a\":1}").statusCode());
        assertEquals(400, post("\"action\":\"delete\",\"path\":\"Budget.xlsx\"").statusCode());
        assertEquals(400, post("\"action\":\"source\"").statusCode());
        assertEquals(403, server.post(PATH, "{\"editorAttachmentId\":" + targets.id()
                + ",\"action\":\"data\",\"path\":\"Budget.xlsx\"}").statusCode(), "XSRF");

        app.permissions.revokeView("key-alice", targets.id());
        assertEquals(404, post("\"action\":\"data\",\"path\":\"Budget.xlsx\"").statusCode(),
                "the sheet being edited must be the user's to see");
        app.users.signOut();
        assertEquals(401, post("\"action\":\"data\",\"path\":\"Budget.xlsx\"").statusCode());
    }

    @Test
    void sourceAndOpen_shouldAnswerThePickedSpreadsheetAndTheSourcesEditorPage() throws Exception {
        StoredAttachment costs = app.attachments.add(9, "Costs.ods", new byte[] {1}, "key-alice");
        app.permissions.allowView("key-alice", costs.id());

        Map<String, Object> changed = command(post("\"action\":\"source\",\"attachmentId\":\"" + costs.id() + "\""));
        assertEquals("ods", changed.get("fileType"));
        assertEquals("Costs.ods", changed.get("path"));

        HttpResponse<byte[]> open = post("\"action\":\"open\"," + ours(budget.id()));
        assertEquals(200, open.statusCode());
        assertEquals(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/doceditor?attachmentId=" + budget.id(),
                Json.readObject(ServletServer.text(open)).get("url"));
    }
}
