package app.docsbridge.core.recovery;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forgotten files through the command service as docs-api §6 describes it, against a scripted Docs server. */
class ForgottenFilesTest {

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private ForgottenFiles forgotten;
    private StoredAttachment docx;
    private String key;
    private final Map<String, String> store = new ConcurrentHashMap<>(); // key -> URL of its forgotten file
    private final List<Map<String, Object>> commands = new ArrayList<>();
    private boolean pathShapedKeys;

    @BeforeEach
    void setUp() throws IOException {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-admin", "admin", "Admin");
        docx = app.attachments.add(7, "report.docx", OfficeFiles.docx("original"), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-admin", docx.id());
        key = app.keys.keyFor(docx);
        docs.command(c -> {
            commands.add(c);
            Object k = c.get("key");
            return switch (String.valueOf(c.get("c"))) {
                case "getForgottenList" -> Map.of("error", 0, "keys", store.keySet().stream()
                        .map(x -> pathShapedKeys ? "forgotten/" + x : x).toList());
                case "getForgotten" -> store.containsKey(k) ? Map.of("key", k, "error", 0, "url", store.get(k))
                        : Map.of("key", k, "error", 1);
                case "deleteForgotten" -> store.remove(k) != null ? Map.of("key", k, "error", 0)
                        : Map.of("key", k, "error", 1);
                default -> Map.of("error", 5);
            };
        });
        forgotten = new ForgottenFiles(app.docs, app.settings, app.keys, app.attachments, app.permissions, app.users,
                app.problems, app.callbacks, app.time, app.activity);
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    private void forget(String documentKey, byte[] bytes) {
        store.put(documentKey, docs.serve("/cache/files/forgotten/" + documentKey + "/output.docx/output.docx?md5=x",
                bytes));
    }

    @Test
    void aKnownFileWithNothingNewer_shouldBeStoredAutomaticallyForTheUserWhoMadeIt() throws IOException {
        byte[] lost = OfficeFiles.docx("typed before the save failed");
        forget(key, lost);
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.RETRY, "the Docs server answered HTTP 503");

        ForgottenFiles.Listing listing = forgotten.listAndRecover();

        assertEquals(List.of(), listing.waiting());
        assertEquals(1, listing.recovered().size());
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(lost, app.attachments.latestBytes(docx.id()));
        assertEquals("key-alice", app.attachments.find(docx.id()).orElseThrow().lastModifierKey());
        assertEquals("Recovered from ONLYOFFICE Docs", app.attachments.comment(docx.id(), 2));
        assertTrue(store.isEmpty(), "deleted on the Docs server once stored");
        assertTrue(app.problems.forKey(key).isEmpty());
    }

    @Test
    void aFileWhoseAttachmentChangedMeanwhile_shouldWaitForTheAdministrator() throws IOException {
        forget(key, OfficeFiles.docx("lost"));
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.KEPT_BY_DOCS, "not a .docx file");
        byte[] upload = OfficeFiles.docx("uploaded later");
        app.attachments.storeVersion(docx.id(), "key-admin", new ByteArrayInputStream(upload), upload.length, "x");

        ForgottenFiles.Listing listing = forgotten.listAndRecover();

        assertEquals(List.of(), listing.recovered());
        ForgottenFiles.Entry entry = listing.waiting().get(0);
        assertEquals(key, entry.key());
        assertEquals("report.docx", entry.fileName());
        assertEquals("Alice", entry.userName());
        assertEquals(1, entry.baseVersion());
        assertEquals(2, entry.latestVersion());
        assertTrue(entry.newerSaved());
        assertEquals("not a .docx file", entry.reason());
        assertEquals(2, app.attachments.versionCount(docx.id()));

        int version = forgotten.store(key, "key-admin"); // "store as new version"

        assertEquals(3, version);
        assertTrue(app.attachments.comment(docx.id(), 3).startsWith("Recovered from ONLYOFFICE Docs from version 1"));
        assertTrue(store.isEmpty());
    }

    @Test
    void onAGermanSite_theRecoveredVersionsCommentShouldBeGerman() throws IOException {
        app.users.setSiteLocale(java.util.Locale.GERMAN);
        forget(key, OfficeFiles.docx("lost"));
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.RETRY, "the Docs server answered HTTP 503");

        forgotten.listAndRecover();

        assertEquals("Aus ONLYOFFICE Docs wiederhergestellt", app.attachments.comment(docx.id(), 2));
    }

    @Test
    void discard_shouldDeleteTheFileOnTheDocsServer() throws IOException {
        forget(key, OfficeFiles.docx("unwanted"));

        forgotten.discard(key);

        assertTrue(store.isEmpty());
        assertEquals(1, app.attachments.versionCount(docx.id()));
    }

    @Test
    void keysOfOtherHostsAndPathShapedKeys() throws IOException {
        pathShapedKeys = true; // the reference shows bare keys; a listing of storage paths is handled too
        forget("other-instance-5-1-abcdefghijklmnopqrstuv", OfficeFiles.docx("not ours"));
        forget(key, OfficeFiles.docx("ours"));

        ForgottenFiles.Listing listing = forgotten.listAndRecover();

        assertEquals(List.of(key), listing.waiting().stream().map(ForgottenFiles.Entry::key).toList(),
                "no user known: it waits for the administrator; the other host's file is not shown");
        assertThrows(IOException.class, () -> forgotten.discard("other-instance-5-1-abcdefghijklmnopqrstuv"));
        assertEquals(Set.of(key, "other-instance-5-1-abcdefghijklmnopqrstuv"), store.keySet());
    }

    @Test
    void aForgottenFileOfTheWrongFormat_shouldStayListedWithTheReason() throws IOException {
        forget(key, "<html>error</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.RETRY, "stalled");

        ForgottenFiles.Listing listing = forgotten.listAndRecover();

        assertEquals(1, listing.waiting().size());
        assertTrue(listing.waiting().get(0).reason().contains("HTML"), listing.waiting().get(0).reason());
        assertEquals(1, app.attachments.versionCount(docx.id()));
        assertEquals(1, store.size());
    }
}
