package app.docsbridge.core.recovery;

import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.FakeDocsServer;
import app.docsbridge.testing.OfficeFiles;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep that stores forgotten files once the Docs server has given up retrying (docs-api §4.6). */
class RecoverySweepTest {

    private final TestApp app = new TestApp();
    private FakeDocsServer docs;
    private RecoverySweep sweep;
    private StoredAttachment docx;
    private String key;
    private final Map<String, String> forgottenStore = new ConcurrentHashMap<>();
    private final AtomicInteger listings = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        docs = new FakeDocsServer();
        app.set("docsUrl", docs.baseUrl());
        app.users.add("key-alice", "alice", "Alice");
        docx = app.attachments.add(7, "report.docx", OfficeFiles.docx("original"), "key-alice");
        app.permissions.allowEdit("key-alice", docx.id());
        key = app.keys.keyFor(docx);
        docs.command(c -> {
            Object k = c.get("key");
            return switch (String.valueOf(c.get("c"))) {
                case "getForgottenList" -> {
                    listings.incrementAndGet();
                    yield Map.of("error", 0, "keys", forgottenStore.keySet().stream().toList());
                }
                case "getForgotten" -> forgottenStore.containsKey(k)
                        ? Map.of("key", k, "error", 0, "url", forgottenStore.get(k)) : Map.of("key", k, "error", 1);
                case "deleteForgotten" -> forgottenStore.remove(k) != null ? Map.of("key", k, "error", 0)
                        : Map.of("key", k, "error", 1);
                default -> Map.of("error", 5);
            };
        });
        sweep = app.recoverySweep;
    }

    @AfterEach
    void tearDown() {
        docs.close();
    }

    private void saveFailedAndWasForgotten(byte[] bytes) {
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "2026-03-29T10:00:05Z",
                SaveProblems.Outcome.RETRY, "the Docs server answered HTTP 503");
        forgottenStore.put(key, docs.serve("/cache/files/forgotten/" + key + "/output.docx/output.docx?md5=x", bytes));
    }

    @Test
    void aFailedSave_isStoredOnceTheDocsServerHadTimeToGiveUp_notBefore() {
        byte[] typed = OfficeFiles.docx("typed before every retry failed");
        saveFailedAndWasForgotten(typed);

        sweep.runIfDue();
        assertEquals(0, listings.get(), "the Docs server may still be retrying: nothing asked yet");
        assertEquals(1, app.attachments.versionCount(docx.id()));

        app.time.advance(RecoverySweep.SETTLE.plusSeconds(1));
        sweep.runIfDue();

        assertEquals(1, listings.get());
        assertEquals(2, app.attachments.versionCount(docx.id()));
        assertArrayEquals(typed, app.attachments.latestBytes(docx.id()));
        assertTrue(app.problems.forKey(key).isEmpty());
        assertTrue(forgottenStore.isEmpty());
        assertEquals(new EditingActivity.SaveState(EditingActivity.State.SAVED, 2),
                app.activity.saveState(app.attachments.find(docx.id()).orElseThrow(), key),
                "the closing editor's tab learns the version");
    }

    @Test
    void withoutFailedSaves_theDocsServerIsNeverAsked() {
        app.time.advance(Duration.ofMinutes(5));

        sweep.runIfDue();

        assertEquals(0, listings.get());
    }

    @Test
    void aFailureThatStaysUnresolved_isCheckedAtMostOncePerInterval_acrossNodes() {
        app.problems.record(key, docx.id(), "report.docx", "key-alice", "", SaveProblems.Outcome.RETRY, "503");
        app.time.advance(RecoverySweep.SETTLE.plusSeconds(1));
        // A second node: its own sweep over the same shared settings and locks.
        RecoverySweep otherNode = new RecoverySweep(new ForgottenFiles(app.docs, app.settings, app.keys,
                app.attachments, app.permissions, app.users, app.problems, app.callbacks, app.time, app.activity),
                app.problems, app.settingsStore, app.locks, app.time);

        sweep.runIfDue();
        otherNode.runIfDue();
        sweep.runIfDue();
        assertEquals(1, listings.get());

        app.time.advance(RecoverySweep.INTERVAL.plusSeconds(1));
        otherNode.runIfDue();
        assertEquals(2, listings.get());

        app.time.advance(RecoverySweep.HORIZON);
        otherNode.runIfDue();
        assertEquals(2, listings.get(), "an hour later it is left to the Configure page");
    }

    @Test
    void aDocsServerThatCannotBeReached_failsNothing() {
        saveFailedAndWasForgotten(OfficeFiles.docx("x"));
        app.set("docsUrl", "http://127.0.0.1:9");
        app.time.advance(RecoverySweep.SETTLE.plusSeconds(1));

        sweep.runIfDue(); // logs, never throws into the callback that triggered it

        assertEquals(1, app.attachments.versionCount(docx.id()));
        assertTrue(app.problems.forKey(key).isPresent());
    }
}
