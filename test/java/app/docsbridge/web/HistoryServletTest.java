package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history servlet as the launcher calls it: reads for viewers, restore (of a version, or of a point of the
 * change list through the Docs server's link) only for editors, with the XSRF header, for an existing version, from
 * an editor on the current version and while nobody else edits. Every refusal changes nothing and fetches nothing.
 */
class HistoryServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/history";
    private static final String[] XSRF = {"X-Atlassian-Token", "no-check", "Content-Type", "application/json"};
    private static final byte[] ORIGINAL = OfficeFiles.docx("original");
    private static final byte[] EDITED = OfficeFiles.docx("edited");

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private ServletServer server;
    private StoredAttachment docx;
    private String pointUrl;
    private byte[] point;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice Able");
        app.users.add("key-bob", "bob", "Bob Baker");
        app.users.add("key-carol", "carol", "Carol Clark");
        docx = app.attachments.add(7, "report.docx", ORIGINAL, "key-alice");
        app.attachments.storeVersion(docx.id(), "key-bob", new ByteArrayInputStream(EDITED), EDITED.length, "upload");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-bob", docx.id())
                .allowView("key-carol", docx.id());
        point = OfficeFiles.docx("after the first change");
        pointUrl = docs.serve("/cache/files/data/k_2/point1.docx/point1.docx?md5=p", point);
        server = ServletServer.start("/confluence", Map.of(PATH,
                new HistoryServlet(app.history, app.users, new PropertiesMessages(), app.hostUrls)));
    }

    @AfterEach
    void tearDown() {
        server.close();
        docs.close();
    }

    private String currentKey() {
        return app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());
    }

    private HttpResponse<byte[]> restore(Map<String, Object> body, String... headers) throws Exception {
        return server.post(PATH, Json.write(body), headers);
    }

    private Map<String, Object> body(int version, String url, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attachmentId", docx.id());
        body.put("version", version);
        if (url != null) {
            body.put("url", url);
        }
        if (key != null) {
            body.put("key", key);
        }
        return body;
    }

    private static Map<String, Object> json(HttpResponse<byte[]> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), ServletServer.text(response));
        return Json.readObject(ServletServer.text(response));
    }

    /** Nothing changed: still two versions, the latest still bob's upload, and the Docs server was not asked. */
    private void assertNothingChanged() {
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(EDITED, app.attachments.latestBytes(docx.id()));
        assertEquals(List.of(), docs.requestsTo("/cache/files/data/k_2/point1.docx/point1.docx"));
    }

    @Test
    void viewers_seeEveryVersion_withoutRestore_editorsWithRestore() throws Exception {
        app.users.signIn("key-carol");
        Map<String, Object> list = json(server.get(PATH + "?attachmentId=" + docx.id()), 200);
        assertEquals(2, list.get("currentVersion"));
        assertEquals(false, list.get("canRestore"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) list.get("history");
        assertEquals(List.of(1, 2), history.stream().map(h -> h.get("version")).toList());
        // The upload outside the editor is listed with its author and comment, without a change list.
        assertEquals("Bob Baker", ((Map<?, ?>) history.get(1).get("user")).get("name"));
        assertEquals("upload", history.get(1).get("comment"));
        assertTrue(!history.get(1).containsKey("changes"));

        app.users.signIn("key-alice");
        assertEquals(true, json(server.get(PATH + "?attachmentId=" + docx.id()), 200).get("canRestore"));
    }

    @Test
    void restoreOfAPoint_byAnEditor_storesTheDocsServersFile_asANewVersionByThem() throws Exception {
        app.users.signIn("key-alice");
        Map<String, Object> answer = json(restore(body(2, pointUrl, currentKey()), XSRF), 200);
        assertEquals(Map.of("version", 3, "restoredFrom", 2), answer);
        assertArrayEquals(point, app.attachments.latestBytes(docx.id()));
        StoredAttachment latest = app.attachments.find(docx.id()).orElseThrow();
        assertEquals("key-alice", latest.lastModifierKey());
        assertEquals("Restored from version 2", app.attachments.allVersions(docx.id()).get(2).comment());
    }

    @Test
    void restoreWithoutTheXsrfHeader_isRefused() throws Exception {
        app.users.signIn("key-alice");
        Map<String, Object> answer = json(restore(body(2, pointUrl, currentKey()), "Content-Type", "application/json"), 403);
        assertEquals("xsrf", answer.get("error"));
        // A cross-site form post (text/plain, another Origin) is refused as well.
        assertEquals(403, restore(body(2, pointUrl, currentKey()), "X-Atlassian-Token", "no-check",
                "Origin", "https://evil.example.com").statusCode());
        assertNothingChanged();
    }

    @Test
    void restoreByAViewer_orAnonymous_isRefused() throws Exception {
        app.users.signIn("key-carol");
        Map<String, Object> answer = json(restore(body(1, pointUrl, currentKey()), XSRF), 403);
        assertEquals("FORBIDDEN", answer.get("error"));
        assertEquals("You may view this file but not restore its versions.", answer.get("message"));
        app.users.signOut();
        assertEquals("LOGIN_REQUIRED", json(restore(body(1, pointUrl, currentKey()), XSRF), 401).get("error"));
        assertNothingChanged();
    }

    @Test
    void restoreOfAVersionThatDoesNotExist_isRefused() throws Exception {
        app.users.signIn("key-alice");
        assertEquals("NOT_FOUND", json(restore(body(9, pointUrl, currentKey()), XSRF), 404).get("error"));
        Map<String, Object> other = body(1, pointUrl, currentKey());
        other.put("attachmentId", 424242);
        assertEquals("NOT_FOUND", json(restore(other, XSRF), 404).get("error"));
        assertEquals("badRequest", json(restore(Map.of("attachmentId", docx.id(), "version", "x"), XSRF), 400).get("error"));
        assertNothingChanged();
    }

    @Test
    void restoreFromAnEditorOnAnOlderVersion_orNamingNoEditor_isRefusedAsStale() throws Exception {
        app.users.signIn("key-alice");
        String olderKey = app.keys.keyFor(app.attachments.findVersion(docx.id(), 1).orElseThrow());
        Map<String, Object> answer = json(restore(body(1, pointUrl, olderKey), XSRF), 409);
        assertEquals("STALE", answer.get("error"));
        assertTrue(String.valueOf(answer.get("message")).contains("A newer version was saved"));
        assertEquals("STALE", json(restore(body(1, pointUrl, null), XSRF), 409).get("error"));
        assertNothingChanged();
    }

    @Test
    void restoreWhileSomeoneElseEdits_isRefusedCleanly_andAllowedOnceTheyLeft() throws Exception {
        app.users.signIn("key-alice");
        String key = currentKey();
        app.activity.editing(docx.id(), key, List.of("key-alice", "key-bob"));
        Map<String, Object> answer = json(restore(body(1, pointUrl, key), XSRF), 409);
        assertEquals("CO_EDITING", answer.get("error"));
        assertEquals("Others are editing this document right now. Restore the version after they have closed it;"
                + " nothing was changed.", answer.get("message"));
        assertNothingChanged();

        app.activity.editing(docx.id(), key, List.of("key-alice"));
        assertEquals(3, json(restore(body(1, pointUrl, key), XSRF), 200).get("version"));
    }

    @Test
    void aPointLinkThatIsNotTheDocsServers_isNotFetched() throws Exception {
        app.users.signIn("key-alice");
        Map<String, Object> answer = json(restore(body(1, "http://127.0.0.1:1/cache/files/other.docx", currentKey()),
                XSRF), 404);
        assertEquals("NOT_FOUND", answer.get("error"));
        assertNothingChanged();
    }
}
