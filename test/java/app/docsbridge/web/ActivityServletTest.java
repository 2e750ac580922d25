package app.docsbridge.web;

import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who is editing, and how a session's save stands, for the people allowed to see the file. */
class ActivityServletTest {

    private static final String PATH = "/plugins/servlet/onlyoffice/activity";
    private final TestApp app = new TestApp();
    private ServletServer server;
    private StoredAttachment docx;
    private StoredAttachment secret;

    @BeforeEach
    void setUp() throws Exception {
        server = ServletServer.start("/confluence", Map.of(PATH,
                new ActivityServlet(app.activity, app.attachments, app.permissions, app.users, app.keys,
                        app.recoverySweep)));
        app.users.add("key-alice", "alice", "Alice Able");
        app.users.add("key-bob", "bob", "Bob Builder");
        docx = app.attachments.add(7, "report.docx", new byte[] {1}, "key-alice");
        secret = app.attachments.add(8, "secret.docx", new byte[] {1}, "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-bob", docx.id())
                .allowEdit("key-alice", secret.id());
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    private Map<String, Object> json(String query, int status) throws Exception {
        var response = server.get(PATH + query);
        assertEquals(status, response.statusCode(), ServletServer.text(response));
        return Json.readObject(ServletServer.text(response));
    }

    @Test
    void editors_shouldBeListedForFilesTheUserMaySee() throws Exception {
        app.activity.editing(docx.id(), app.keys.keyFor(docx), List.of("key-alice"));
        app.activity.editing(secret.id(), app.keys.keyFor(secret), List.of("key-alice"));
        app.users.signIn("key-bob");

        Map<String, Object> answer = json("?attachmentIds=" + docx.id() + "," + secret.id(), 200);

        assertEquals(List.of(Map.of("id", (int) docx.id(), "count", 1,
                "editors", List.of(java.util.Collections.singletonMap("name", "Alice Able")).stream()
                        .map(m -> { var copy = new java.util.LinkedHashMap<String, Object>(m); copy.put("avatarUrl", null); return copy; })
                        .toList())), answer.get("attachments"));
    }

    @Test
    void editors_shouldBeEmptyForAnonymousVisitors_andBadIdsRefused() throws Exception {
        app.activity.editing(docx.id(), app.keys.keyFor(docx), List.of("key-alice"));
        assertEquals(List.of(), json("?attachmentIds=" + docx.id(), 200).get("attachments"));
        app.users.signIn("key-bob");
        assertEquals("badRequest", json("?attachmentIds=1,x", 400).get("error"));
        assertEquals("badRequest", json("?attachmentIds=18446744073709551617", 400).get("error"));
    }

    @Test
    void session_shouldSaySavingThenSavedAsVersion_andNameAnOutsideUpload() throws Exception {
        String key = app.keys.keyFor(docx);
        app.users.signIn("key-alice");
        assertEquals("saving", json("?attachmentId=" + docx.id() + "&key=" + key, 200).get("state"));

        app.attachments.storeVersion(docx.id(), "key-bob", new ByteArrayInputStream(new byte[] {2}), 1, "upload");
        Map<String, Object> meanwhile = json("?attachmentId=" + docx.id() + "&key=" + key, 200);
        assertEquals("Bob Builder", meanwhile.get("uploadedBy"));
        assertEquals(2, meanwhile.get("latestVersion"));

        app.activity.ended(docx.id(), key, EditingActivity.State.SAVED, 3);
        Map<String, Object> saved = json("?attachmentId=" + docx.id() + "&key=" + key, 200);
        assertEquals("saved", saved.get("state"));
        assertEquals(3, saved.get("version"));
        assertEquals(null, saved.get("uploadedBy"));
    }

    @Test
    void session_shouldBeHiddenFromPeopleWhoMayNotSeeTheFile() throws Exception {
        app.users.signIn("key-bob");
        assertEquals("notFound", json("?attachmentId=" + secret.id() + "&key=k", 404).get("error"));
        assertEquals("badRequest", json("?attachmentId=" + secret.id(), 400).get("error"));
    }

    @Test
    void aSaveTheDocsServerGaveUpOn_isStoredWhileItsEditorWaits_andTheTabLearnsTheVersion() throws Exception {
        try (var docs = new FakeDocsServer()) {
            app.set("docsUrl", docs.baseUrl());
            String key = app.keys.keyFor(docx);
            byte[] typed = OfficeFiles.docx("typed before every retry failed");
            String url = docs.serve("/cache/files/forgotten/" + key + "/output.docx/output.docx?md5=x", typed);
            java.util.Set<String> kept = new java.util.HashSet<>(java.util.Set.of(key));
            docs.command(c -> switch (String.valueOf(c.get("c"))) {
                case "getForgottenList" -> Map.of("error", 0, "keys", List.copyOf(kept));
                case "getForgotten" -> kept.contains(key) ? Map.of("key", key, "error", 0, "url", url) : Map.of("error", 1);
                case "deleteForgotten" -> kept.remove(key) ? Map.of("key", key, "error", 0) : Map.of("error", 1);
                default -> Map.of("error", 5);
            });
            app.activity.saveFailed(docx.id(), key, true);
            app.problems.record(key, docx.id(), "report.docx", "key-alice", "", SaveProblems.Outcome.RETRY, "503");
            app.users.signIn("key-alice");
            assertEquals("retrying", json("?attachmentId=" + docx.id() + "&key=" + key, 200).get("state"));

            app.time.advance(java.time.Duration.ofSeconds(11)); // the Docs server's retries are over: it kept the file
            Map<String, Object> answer = json("?attachmentId=" + docx.id() + "&key=" + key, 200);

            assertEquals("saved", answer.get("state"));
            assertEquals(2, answer.get("version"));
            assertEquals(2, answer.get("latestVersion"));
            assertEquals(2, app.attachments.versionCount(docx.id()));
        }
    }
}
