package app.docsbridge.core.callback;

import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.DocsTokens;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What callbacks leave behind for people: who is editing, how the save went, who is credited. */
class CallbackActivityTest {

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private StoredAttachment docx;
    private String key;

    @BeforeEach
    void setUp() throws Exception {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice Able");
        app.users.add("key-carol", "carol", "Carol Cole");
        docx = app.attachments.add(7, "report.docx", OfficeFiles.docx("original"), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id()).allowEdit("key-carol", docx.id());
        key = app.keys.keyFor(docx);
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    private CallbackAnswer post(Map<String, Object> fields) {
        String url = app.links.callbackUrl(docx.id(), "key-alice", key);
        String link = URLDecoder.decode(URI.create(url).getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
        return app.callbacks.process(new CallbackRequest(link, DocsTokens.body(TestApp.SECRET, fields, app.time.now()),
                DocsTokens.bearer(DocsTokens.wrapped(TestApp.SECRET, fields, app.time.now()))));
    }

    private Map<String, Object> status2(Object history) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("status", 2);
        fields.put("url", docs.serve("/cache/files/data/k/output.docx", OfficeFiles.docx("edited")));
        fields.put("filetype", "docx");
        fields.put("history", history);
        fields.put("users", List.of("key-carol"));
        fields.put("actions", List.of(Map.of("type", 0, "userid", "key-carol")));
        fields.put("lastsave", "2026-11-29T10:00:05.000Z");
        return fields;
    }

    @Test
    void status1_shouldRecordWhoIsEditing_andTheSaveShouldClearItAndCreditEveryone() {
        assertTrue(post(Map.of("key", key, "status", 1, "users", List.of("key-alice"),
                "actions", List.of(Map.of("type", 1, "userid", "key-alice")))).isOk());
        assertTrue(post(Map.of("key", key, "status", 1, "users", List.of("key-alice", "key-carol"),
                "actions", List.of(Map.of("type", 1, "userid", "key-carol")))).isOk());
        assertEquals(List.of("key-alice", "key-carol"), app.activity.editors(docx.id()));
        assertEquals(EditingActivity.State.SAVING, app.activity.saveState(docx, key).state());

        // The Docs server dropped the history (too long for its token): the session's editors are credited.
        assertTrue(post(status2(Map.of())).isOk());

        assertEquals(List.of(), app.activity.editors(docx.id()));
        assertEquals(new EditingActivity.SaveState(EditingActivity.State.SAVED, 2), app.activity.saveState(docx, key));
        assertEquals("Edited in ONLYOFFICE by Alice Able and Carol Cole", app.attachments.comment(docx.id(), 2));
    }

    @Test
    void status2_shouldCreditThePeopleInTheHistory() {
        assertTrue(post(status2(Map.of("serverVersion", "9.3.1", "changes", List.of(
                Map.of("created", "2026-11-29 10:00:00", "user", Map.of("id", "key-carol", "name", "C")),
                Map.of("created", "2026-11-29 10:00:01", "user", Map.of("id", "key-alice", "name", "A"))))))
                .isOk());
        assertEquals("Edited in ONLYOFFICE by Carol Cole and Alice Able", app.attachments.comment(docx.id(), 2));
    }

    @Test
    void aFailedSave_shouldBeReportedAsRetrying_andStatus4AsUnchanged() {
        app.attachments.failStoresWith(new java.io.IOException("disk full"));
        CallbackAnswer failed = post(status2(Map.of()));
        app.attachments.failStoresWith(null);
        assertEquals(503, failed.httpStatus());
        assertEquals(EditingActivity.State.RETRYING, app.activity.saveState(docx, key).state());

        assertTrue(post(Map.of("key", key, "status", 4, "actions", List.of(Map.of("type", 0, "userid", "key-alice"))))
                .isOk());
        assertEquals(EditingActivity.State.UNCHANGED, app.activity.saveState(docx, key).state());
    }
}
