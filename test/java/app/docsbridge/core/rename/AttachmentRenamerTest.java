package app.docsbridge.core.rename;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rename refuses before anything changes: permission, Confluence's name rules and length, a name the page has. */
class AttachmentRenamerTest {

    private final TestApp app = new TestApp();
    private AttachmentRenamer renamer;
    private StoredAttachment report;

    @BeforeEach
    void setUp() {
        renamer = new AttachmentRenamer(app.attachments, app.permissions, app.locks, app.keys, app.docs);
        report = app.attachments.add(7, "Report.docx", new byte[] {1}, "alice");
        app.attachments.add(7, "Minutes.docx", new byte[] {2}, "alice");
        app.attachments.add(7, "Budget.xlsx", new byte[] {3}, "alice");
        app.permissions.allowEdit("alice", report.id()).allowView("carol", report.id());
    }

    private RenameException refusal(String user, String title) {
        return assertThrows(RenameException.class, () -> renamer.rename(user, report.id(), title));
    }

    @Test
    void refusesAndKeepsTheName() {
        assertEquals(RenameException.Reason.LOGIN_REQUIRED, refusal(null, "New").reason());
        assertEquals(RenameException.Reason.NOT_FOUND, refusal("dave", "New").reason());
        assertEquals(RenameException.Reason.FORBIDDEN, refusal("carol", "New").reason());
        assertEquals(RenameException.Reason.NAME_TAKEN, refusal("alice", "minutes").reason());
        assertEquals(RenameException.Reason.NAME_TAKEN, refusal("alice", "MINUTES.docx").reason());
        assertEquals(Optional.of(FileNames.Problem.EMPTY), refusal("alice", "  ").nameProblem());
        assertEquals(Optional.of(FileNames.Problem.FORBIDDEN_CHARACTER), refusal("alice", "a:b").nameProblem());
        assertEquals(Optional.of(FileNames.Problem.TOO_LONG), refusal("alice", "x".repeat(201)).nameProblem());
        assertEquals("Report.docx", app.attachments.find(report.id()).orElseThrow().fileName());
    }

    @Test
    void theSameNameChangesNothing() throws Exception {
        assertSame(report.fileName(), renamer.rename("alice", report.id(), "Report").fileName());
    }

    @Test
    void aNameOfAnotherFormatIsFree() throws Exception {
        // Budget.xlsx is another file's name only with its own extension: this document becomes Budget.docx.
        app.set("docsUrl", "http://127.0.0.1:9"); // the meta command fails fast; the rename stands
        assertEquals("Budget.docx", renamer.rename("alice", report.id(), "Budget").fileName());
        assertEquals("Budget.docx", app.attachments.find(report.id()).orElseThrow().fileName());
    }
}
