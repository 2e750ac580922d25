package app.docsbridge.core.activity;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is editing and how a session's save stands, kept in attachment properties every node shares. */
class EditingActivityTest {

    private final TestApp app = new TestApp();
    private final StoredAttachment docx = app.attachments.add(7, "report.docx", new byte[] {1}, "key-alice");
    private final String key = app.keys.keyFor(docx);

    /** A second node: its own instance over the same Confluence, as in a cluster. */
    private final EditingActivity otherNode = new EditingActivity(app.attachments, app.time);

    @Test
    void editors_shouldBeSeenByEveryNodeUntilTheSessionEnds() {
        app.activity.editing(docx.id(), key, List.of("key-alice", "key-bob"));

        assertEquals(List.of("key-alice", "key-bob"), otherNode.editors(docx.id()));
        assertEquals(2, otherNode.editorCount(docx.id()));
        otherNode.editing(docx.id(), key, List.of("key-bob"));
        assertEquals(List.of("key-bob"), app.activity.editors(docx.id()));
        assertEquals(List.of("key-alice", "key-bob"), app.activity.contributorKeys(docx.id(), key));

        app.activity.ended(docx.id(), key, EditingActivity.State.SAVED, 2);
        assertEquals(List.of(), otherNode.editors(docx.id()));
        assertEquals(new EditingActivity.SaveState(EditingActivity.State.SAVED, 2), otherNode.saveState(docx, key));
    }

    @Test
    void editors_shouldExpireWhenTheDocsServerNeverSaysTheSessionEnded() {
        app.activity.editing(docx.id(), key, List.of("key-alice"));
        app.time.advance(EditingActivity.EDITORS_EXPIRE_AFTER.minusMinutes(1));
        assertEquals(List.of("key-alice"), app.activity.editors(docx.id()));

        app.time.advance(Duration.ofMinutes(2));

        assertEquals(List.of(), app.activity.editors(docx.id()));
        assertEquals(0, app.activity.editorCount(docx.id()));
    }

    @Test
    void editorsOfACopiedAttachment_shouldNotBeShownOnTheCopy() {
        // Confluence copies attachment properties when a page is copied (decisions/0014): nobody edits the copy.
        app.activity.editing(docx.id(), key, List.of("key-alice"));
        StoredAttachment copy = app.attachments.add(8, "report.docx", new byte[] {1}, "key-alice");
        app.attachments.setProperty(copy.id(), EditingActivity.EDITORS,
                app.attachments.property(docx.id(), EditingActivity.EDITORS).orElseThrow());

        assertEquals(List.of(), app.activity.editors(copy.id()));
        assertEquals(0, app.activity.editorCount(copy.id()));
        assertEquals(List.of("key-alice"), app.activity.editors(docx.id()));
    }

    @Test
    void properties_shouldStayWithinConfluencesLimitForManyEditors() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add("8a7f808a8c0d4e7a018c0d4e7a01" + String.format("%04d", i));
        }
        app.activity.editing(docx.id(), key, many);

        for (String name : List.of(EditingActivity.EDITORS, EditingActivity.CONTRIBUTORS, EditingActivity.OUTCOME)) {
            assertTrue(app.attachments.property(docx.id(), name).orElse("").length() <= 255, name);
        }
        assertEquals(40, app.activity.editorCount(docx.id()));
        assertTrue(app.activity.editors(docx.id()).size() >= 5);
        assertEquals(many.subList(0, app.activity.editors(docx.id()).size()), app.activity.editors(docx.id()));
    }

    @Test
    void saveState_shouldBeSavingUntilTheCallbackArrives_andBelongToItsSessionOnly() {
        assertEquals(EditingActivity.State.SAVING, app.activity.saveState(docx, key).state());
        app.activity.saveFailed(docx.id(), key, true);
        assertEquals(EditingActivity.State.RETRYING, otherNode.saveState(docx, key).state());
        app.activity.saveFailed(docx.id(), key, false);
        assertEquals(EditingActivity.State.KEPT_BY_DOCS, otherNode.saveState(docx, key).state());

        assertEquals(EditingActivity.State.SAVING, app.activity.saveState(docx, "another-key").state());
    }

    @Test
    void editorsOfAnotherSession_shouldNotBeClearedByAnOldSessionsEnd() {
        app.activity.editing(docx.id(), "new-key", List.of("key-bob"));
        app.activity.ended(docx.id(), key, EditingActivity.State.UNCHANGED, 0);
        assertEquals(List.of("key-bob"), app.activity.editors(docx.id()));
    }
}
