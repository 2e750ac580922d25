package app.docsbridge.core.saveas;

import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.PageVisibility;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Save copy as refuses before any download or store: who, where, which format, which name, which server. */
class CopySaverTest {

    private final TestApp app = new TestApp();
    private final Set<Long> visiblePages = Set.of(7L, 8L);
    private CopySaver saver;
    private StoredAttachment report;

    @BeforeEach
    void setUp() {
        ContentDirectory pages =
                new PageVisibility((userKey, pageId) -> userKey != null && visiblePages.contains(pageId));
        saver = new CopySaver(app.attachments, app.permissions, pages, app.formats, app.locks, app.settings,
                app.callbacks);
        report = app.attachments.add(7, "Report.docx", new byte[] {1}, "alice");
        app.permissions.allowEdit("alice", report.id()).allowAddAttachments("alice", 7).allowView("carol", report.id());
    }

    private SaveCopyException.Reason refusal(String user, long pageId, String url, String fileType, String name) {
        return assertThrows(SaveCopyException.class,
                () -> saver.save(user, report.id(), pageId, url, fileType, name)).reason();
    }

    @Test
    void refusesWithoutStoringAnything() {
        String cache = TestApp.DOCS + "/cache/files/data/k_1/output.pdf/Report.pdf";
        int before = app.attachments.listOnPage(7).size();
        assertEquals(SaveCopyException.Reason.LOGIN_REQUIRED, refusal(null, 7, cache, "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.NOT_FOUND, refusal("dave", 7, cache, "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.PAGE_NOT_FOUND, refusal("alice", 99, cache, "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.FORBIDDEN, refusal("carol", 7, cache, "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.FORBIDDEN, refusal("alice", 8, cache, "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.UNSUPPORTED, refusal("alice", 7, cache, "exe", "Report"));
        assertEquals(SaveCopyException.Reason.FOREIGN_URL,
                refusal("alice", 7, "https://elsewhere.example.com/cache/files/x/Report.pdf", "pdf", "Report"));
        assertEquals(SaveCopyException.Reason.FOREIGN_URL, refusal("alice", 7, " ", "pdf", "Report"));
        SaveCopyException badName = assertThrows(SaveCopyException.class,
                () -> saver.save("alice", report.id(), 7, cache, "pdf", "Q1/Q2.pdf"));
        assertEquals(Optional.of(FileNames.Problem.FORBIDDEN_CHARACTER), badName.nameProblem());
        assertEquals(before, app.attachments.listOnPage(7).size());
    }
}
