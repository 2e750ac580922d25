package app.docsbridge.core.access;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.PageVisibility;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checks the file picker and "Save copy as" start with: signed in, the editor's file, the page. */
class EditorAccessTest {

    private final TestApp app = new TestApp();
    private final StoredAttachment report = app.attachments.add(7, "Report.docx", new byte[] {1}, "alice");
    private final EditorAccess access = new EditorAccess(app.attachments, app.permissions,
            new PageVisibility((userKey, pageId) -> "alice".equals(userKey) && pageId == 7));

    /** The refusal carried out as an exception, as the services do with their own types. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient EditorAccess.Refusal refusal;

        Refused(EditorAccess.Refusal refusal) {
            this.refusal = refusal;
        }
    }

    private EditorAccess.Refusal editorFileRefusal(String userKey, long attachmentId) {
        return assertThrows(Refused.class,
                () -> access.checkEditorFile(userKey, attachmentId, Refused::new)).refusal;
    }

    private EditorAccess.Refusal pageRefusal(String userKey, long pageId) {
        return assertThrows(Refused.class, () -> access.checkPage(userKey, pageId, Refused::new)).refusal;
    }

    @Test
    void aSignedInViewerOfTheEditorsFileAndThePagePasses() {
        app.permissions.allowView("alice", report.id());
        assertDoesNotThrow(() -> access.checkEditorFile("alice", report.id(), Refused::new));
        assertDoesNotThrow(() -> access.checkPage("alice", 7, Refused::new));
    }

    @Test
    void aSignedOutVisitorMustLogInWhateverTheyAskFor() {
        assertEquals(EditorAccess.Refusal.LOGIN_REQUIRED, editorFileRefusal(null, report.id()));
        assertEquals(EditorAccess.Refusal.LOGIN_REQUIRED, pageRefusal(null, 7));
    }

    @Test
    void aFileTheUserMayNotViewAndAFileThatIsGoneAreAlikeNotFound() {
        assertEquals(EditorAccess.Refusal.FILE_NOT_FOUND, editorFileRefusal("alice", report.id()));
        app.permissions.allowView("alice", 999);
        assertEquals(EditorAccess.Refusal.FILE_NOT_FOUND, editorFileRefusal("alice", 999),
                "permission on an id that has no file");
    }

    @Test
    void aPageTheUserMayNotViewIsNotFound() {
        assertEquals(EditorAccess.Refusal.PAGE_NOT_FOUND, pageRefusal("alice", 8));
        assertEquals(EditorAccess.Refusal.PAGE_NOT_FOUND, pageRefusal("bob", 7));
    }
}
