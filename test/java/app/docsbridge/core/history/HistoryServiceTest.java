package app.docsbridge.core.history;

import app.docsbridge.core.callback.CallbackAnswer;
import app.docsbridge.core.callback.CallbackRequest;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version history: what a save keeps, what the editor gets, and restore (docs-api §2.4, §4.2). */
class HistoryServiceTest {

    private static final byte[] ORIGINAL = OfficeFiles.docx("original");
    private static final byte[] EDITED = OfficeFiles.docx("edited");
    private static final byte[] CHANGES_ZIP = "PK\u0003\u0004 changes".getBytes(StandardCharsets.ISO_8859_1);
    private static final List<Object> CHANGES = List.of(Map.of("created", "2026-03-29 10:00:00",
            "user", Map.of("id", "key-alice", "name", "Alice")));

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private StoredAttachment docx;

    @BeforeEach
    void setUp() throws IOException {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice");
        app.users.add("key-bob", "bob", "Bob");
        app.users.add("key-admin", "admin", "Admin");
        app.users.setAvatar("key-admin", "https://wiki.example.com/avatars/admin.png");
        docx = app.attachments.add(7, "report.docx", ORIGINAL, "key-admin");
        app.permissions.allowEdit("key-alice", docx.id()).allowView("key-bob", docx.id());
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    /** Alice's editing session ends: status 2 with the file, the change archive and the change list. */
    private CallbackAnswer saveEdit(byte[] result, String changesUrl) {
        String key = app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("status", 2);
        fields.put("url", docs.serve("/cache/files/data/" + key + "/output.docx/output.docx?md5=a", result));
        fields.put("filetype", "docx");
        if (changesUrl != null) {
            fields.put("changesurl", changesUrl);
        }
        fields.put("history", Map.of("serverVersion", "9.3.1", "changes", CHANGES));
        fields.put("users", List.of("key-alice"));
        fields.put("actions", List.of(Map.of("type", 0, "userid", "key-alice")));
        fields.put("lastsave", "2026-03-29T10:00:05.000Z");
        return post(key, fields);
    }

    private CallbackAnswer post(String key, Map<String, Object> fields) {
        String url = app.links.callbackUrl(docx.id(), "key-alice", key);
        String link = URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
        Instant now = app.time.now();
        return app.callbacks.process(new CallbackRequest(link, DocsTokens.body(TestApp.SECRET, fields, now),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, now))));
    }

    private String changesArchive() {
        return docs.serve("/cache/files/data/k_1/changes.zip/changes.zip?md5=b", CHANGES_ZIP);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("history");
    }

    @Test
    void aSavedVersion_keepsItsChangeListAndArchive_andTheEditorGetsASignedDiff() throws Exception {
        CallbackAnswer answer = saveEdit(EDITED, changesArchive());
        assertTrue(answer.isOk(), answer.toString());
        app.users.signIn("key-alice");

        Map<String, Object> list = app.history.list(docx.id());
        assertEquals(2, list.get("currentVersion"));
        assertEquals(true, list.get("canRestore"));
        List<Map<String, Object>> history = entries(list);
        assertEquals(2, history.size());
        assertFalse(history.get(0).containsKey("changes"), "an uploaded version has no change list");
        assertEquals(Map.of("id", "key-admin", "name", "Admin", "image", "https://wiki.example.com/avatars/admin.png"),
                history.get(0).get("user"));
        assertEquals(CHANGES, history.get(1).get("changes"));
        assertEquals("9.3.1", history.get(1).get("serverVersion"));
        assertEquals("Edited in ONLYOFFICE by Alice", history.get(1).get("comment"));
        assertEquals(app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow()), history.get(1).get("key"));
        assertFalse(history.get(0).get("key").equals(history.get(1).get("key")));

        Map<String, Object> data = app.history.data(docx.id(), 2);
        assertTrue(((String) data.get("changesUrl")).startsWith(TestApp.CONFLUENCE + "/plugins/servlet/onlyoffice/changes?token="));
        assertEquals(history.get(0).get("key"), ((Map<?, ?>) data.get("previous")).get("key"));
        assertEquals("docx", data.get("fileType"));
        Map<String, Object> signed = new JwtCodec(TestApp.SECRET, new TimeSourceClock(app.time)).verify((String) data.get("token"));
        assertEquals(data.get("changesUrl"), signed.get("changesUrl"));
        assertEquals(data.get("url"), signed.get("url"));

        try (InputStream archive = app.history.archive(docx.id(), 2).orElseThrow()) {
            assertArrayEquals(CHANGES_ZIP, archive.readAllBytes());
        }
        Map<String, Object> first = app.history.data(docx.id(), 1);
        assertFalse(first.containsKey("changesUrl"));
        assertFalse(first.containsKey("previous"));
    }

    @Test
    void aChangeArchiveFromAnotherServer_isNotFetched_butTheVersionIsSavedWithItsChangeList() throws Exception {
        assertTrue(saveEdit(EDITED, "http://127.0.0.1:1/evil/changes.zip").isOk());
        app.users.signIn("key-alice");
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertEquals(CHANGES, entries(app.history.list(docx.id())).get(1).get("changes"));
        assertFalse(app.history.data(docx.id(), 2).containsKey("changesUrl"));
        assertEquals(Optional.empty(), app.history.archive(docx.id(), 2));
    }

    @Test
    void dataOfARemovedAndRenumberedVersion_doesNotAttachToTheNewFile() throws Exception {
        CallbackAnswer answer = saveEdit(EDITED, changesArchive());
        assertTrue(answer.isOk(), answer.toString());
        // Version 2 is deleted and a new, different version 2 uploaded (Confluence reuses the number).
        app.attachments.delete(docx.id());
        StoredAttachment again = app.attachments.add(docx.id(), 7, "report.docx", ORIGINAL, "key-admin");
        app.time.advance(Duration.ofMinutes(5));
        app.attachments.storeVersion(again.id(), "key-admin", new ByteArrayInputStream("other".getBytes()), 5, "");
        app.users.signIn("key-alice");
        assertFalse(entries(app.history.list(docx.id())).get(1).containsKey("changes"));
        assertEquals(Optional.empty(), app.history.archive(docx.id(), 2));
    }

    /**
     * Copying a page copies each attachment's latest version as a new attachment (version 1, now), and with it the
     * attachment's content properties, the history index included (Confluence 8.7.2 {@code
     * DefaultAttachmentManager.copyAttachments}, {@code Attachment.copyLatestVersion} → {@code
     * setContentPropertiesFrom}). The copied entries describe other files: the copy lists and opens without
     * highlights, and its next save prunes them.
     */
    @Test
    void aPageCopysAttachment_carriesTheIndexAlong_butShowsNoHighlightsFromIt() throws Exception {
        assertTrue(saveEdit(EDITED, changesArchive()).isOk());
        app.time.advance(Duration.ofMinutes(10));
        StoredAttachment copy = app.attachments.add(8, "report.docx", EDITED, "key-admin");
        app.historyStore.writeIndex(copy.id(), app.historyStore.readIndex(docx.id()).orElseThrow());
        app.permissions.allowEdit("key-alice", copy.id());
        app.users.signIn("key-alice");

        List<Map<String, Object>> history = entries(app.history.list(copy.id()));
        assertEquals(1, history.size());
        assertFalse(history.get(0).containsKey("changes"));
        Map<String, Object> data = app.history.data(copy.id(), 1);
        assertFalse(data.containsKey("changesUrl"));
        assertEquals(Optional.empty(), app.history.archive(copy.id(), 1));
        // The original keeps its history.
        assertEquals(CHANGES, entries(app.history.list(docx.id())).get(1).get("changes"));
    }

    @Test
    void fiveHundredVersions_listWithOneIndexRead() throws Exception {
        for (int i = 0; i < 499; i++) {
            app.attachments.storeVersion(docx.id(), i % 2 == 0 ? "key-alice" : "key-bob",
                    new ByteArrayInputStream(EDITED), EDITED.length, "v" + (i + 2));
        }
        app.users.signIn("key-bob");
        app.historyStore.indexReads.set(0);
        Map<String, Object> list = app.history.list(docx.id());
        assertEquals(500, entries(list).size());
        assertEquals(1, app.historyStore.indexReads.get());
        assertEquals(false, list.get("canRestore"), "bob may only view");
    }

    @Test
    void nobodyWithoutViewPermission_seesTheHistory() {
        app.users.add("key-eve", "eve", "Eve");
        app.users.signIn("key-eve");
        HistoryException e = assertThrows(HistoryException.class, () -> app.history.list(docx.id()));
        assertEquals(HistoryException.Reason.NOT_FOUND, e.reason());
        app.users.signOut();
        e = assertThrows(HistoryException.class, () -> app.history.data(docx.id(), 1));
        assertEquals(HistoryException.Reason.LOGIN_REQUIRED, e.reason());
    }

    @Test
    void restore_makesANewLatestVersionByTheRestorer_withTheComment() throws Exception {
        assertTrue(saveEdit(EDITED, null).isOk());
        app.users.signIn("key-alice");
        String key = app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());

        StoredAttachment restored = app.history.restore(docx.id(), 1, null, key);

        assertEquals(3, restored.version());
        assertEquals("key-alice", restored.lastModifierKey());
        assertArrayEquals(ORIGINAL, app.attachments.latestBytes(docx.id()));
        assertEquals("Restored from version 1", app.attachments.allVersions(docx.id()).get(2).comment());
    }

    @Test
    void restore_isRefusedToViewers_fromAnOutdatedEditor_andWhileOthersEdit() throws Exception {
        assertTrue(saveEdit(EDITED, null).isOk());
        String key = app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());

        app.users.signIn("key-bob");
        assertEquals(HistoryException.Reason.FORBIDDEN,
                assertThrows(HistoryException.class, () -> app.history.restore(docx.id(), 1, null, key)).reason());

        app.users.signIn("key-alice");
        String oldKey = app.keys.keyFor(app.attachments.findVersion(docx.id(), 1).orElseThrow());
        assertEquals(HistoryException.Reason.STALE,
                assertThrows(HistoryException.class, () -> app.history.restore(docx.id(), 1, null, oldKey)).reason());

        // The Docs server reports two editors of the current key (status 1).
        assertTrue(post(key, Map.of("key", key, "status", 1, "users", List.of("key-alice", "key-bob"),
                "actions", List.of(Map.of("type", 1, "userid", "key-bob")))).isOk());
        assertEquals(HistoryException.Reason.CO_EDITING,
                assertThrows(HistoryException.class, () -> app.history.restore(docx.id(), 1, null, key)).reason());
        assertEquals(2, app.attachments.versionCount(docx.id()));

        // bob leaves: alice edits alone again and may restore.
        assertTrue(post(key, Map.of("key", key, "status", 1, "users", List.of("key-alice"),
                "actions", List.of(Map.of("type", 0, "userid", "key-bob")))).isOk());
        assertEquals(3, app.history.restore(docx.id(), 1, null, key).version());
    }

    @Test
    void restoreOfAChangePoint_fetchesTheDocsServersFile_andOnlyFromTheDocsServer() throws Exception {
        app.users.signIn("key-alice");
        byte[] point = OfficeFiles.docx("state after the first change");
        String pointUrl = docs.serve("/cache/files/data/k_2/point.docx/point.docx?md5=c", point);
        String key = app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());
        assertEquals(2, app.history.restore(docx.id(), 1, pointUrl, key).version());
        assertArrayEquals(point, app.attachments.latestBytes(docx.id()));

        String newKey = app.keys.keyFor(app.attachments.find(docx.id()).orElseThrow());
        HistoryException e = assertThrows(HistoryException.class,
                () -> app.history.restore(docx.id(), 1, "http://127.0.0.1:1/other.docx", newKey));
        assertEquals(HistoryException.Reason.NOT_FOUND, e.reason());
        assertEquals(2, app.attachments.versionCount(docx.id()));
    }
}
