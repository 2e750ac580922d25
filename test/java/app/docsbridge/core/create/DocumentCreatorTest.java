package app.docsbridge.core.create;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentCreatorTest {

    private static final long PAGE = 7;
    private static final String ALICE = "key-alice";

    private final TestApp app = new TestApp();
    private final DocumentCreator creator = new DocumentCreator(app.attachments, app.permissions, app.formats,
            app.locks, app.users, app.settings);

    DocumentCreatorTest() {
        app.permissions.allowAddAttachments(ALICE, PAGE);
    }

    @Test
    void create_shouldStoreTheBlankFileOfEachTypeUnderTheTypedName() throws Exception {
        String[][] cases = {
            {"docx", "Minutes", "Minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            {"xlsx", "Budget.xlsx", "Budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            {"pptx", " Kick-off ", "Kick-off.pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
            {"pdf", "Leave request", "Leave request.pdf", "application/pdf"},
        };
        for (String[] c : cases) {
            StoredAttachment created = creator.create(ALICE, PAGE, c[0], c[1]);

            assertEquals(c[2], created.fileName());
            assertEquals(c[3], created.mediaType());
            assertEquals(PAGE, created.pageId());
            assertEquals(ALICE, created.lastModifierKey());
            assertArrayEquals(BlankDocuments.blank(NewDocumentType.fromExtension(c[0]).orElseThrow(),
                    DocumentLocale.of(app.users.locale(ALICE))), app.attachments.latestBytes(created.id()));
        }
    }

    @Test
    void create_shouldFollowTheCreatorsLocale() throws Exception {
        app.users.setLocale(ALICE, java.util.Locale.US);
        StoredAttachment created = creator.create(ALICE, PAGE, "pdf", "Letter form");

        assertArrayEquals(BlankDocuments.blank(NewDocumentType.PDF_FORM, DocumentLocale.of(java.util.Locale.US)),
                app.attachments.latestBytes(created.id()));
        assertTrue(new String(app.attachments.latestBytes(created.id()), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("/MediaBox [0 0 612 792]"));
    }

    @Test
    void create_shouldNumberNamesThatExistOnThePage() throws Exception {
        app.attachments.add(PAGE, "Minutes.docx", new byte[] {1}, ALICE);
        app.attachments.add(PAGE, "minutes (1).DOCX", new byte[] {1}, ALICE);
        app.attachments.add(99, "Minutes (2).docx", new byte[] {1}, ALICE); // another page does not count

        assertEquals("Minutes (2).docx", creator.create(ALICE, PAGE, "docx", "Minutes").fileName());
        assertEquals("Minutes (3).docx", creator.create(ALICE, PAGE, "docx", "Minutes").fileName());
        assertEquals("Minutes.xlsx", creator.create(ALICE, PAGE, "xlsx", "Minutes").fileName());
    }

    @Test
    void create_shouldGiveConcurrentRequestsDistinctNames() throws Exception {
        app.attachments.slowStores(java.time.Duration.ofMillis(20));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = Collections.nCopies(4,
                    () -> creator.create(ALICE, PAGE, "docx", "Same").fileName());
            List<String> names = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                names.add(f.get());
            }
            Collections.sort(names);
            assertEquals(List.of("Same (1).docx", "Same (2).docx", "Same (3).docx", "Same.docx"), names);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void create_shouldRefuseAnonymousUsersAndUsersWhoMayNotAddAttachments() {
        assertEquals(CreateException.Reason.LOGIN_REQUIRED,
                assertThrows(CreateException.class, () -> creator.create(null, PAGE, "docx", "A")).reason());
        assertEquals(CreateException.Reason.FORBIDDEN,
                assertThrows(CreateException.class, () -> creator.create("key-bob", PAGE, "docx", "A")).reason());
        assertEquals(CreateException.Reason.FORBIDDEN,
                assertThrows(CreateException.class, () -> creator.create(ALICE, 8, "docx", "A")).reason());
        assertEquals(0, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void create_shouldRefuseUnknownTypesAndBadNamesWithoutStoring() {
        assertEquals(CreateException.Reason.UNKNOWN_TYPE,
                assertThrows(CreateException.class, () -> creator.create(ALICE, PAGE, "exe", "A")).reason());
        assertEquals(CreateException.Reason.UNKNOWN_TYPE,
                assertThrows(CreateException.class, () -> creator.create(ALICE, PAGE, null, "A")).reason());
        CreateException bad = assertThrows(CreateException.class, () -> creator.create(ALICE, PAGE, "docx", "a/b"));
        assertEquals(CreateException.Reason.INVALID_NAME, bad.reason());
        assertEquals(FileNames.Problem.FORBIDDEN_CHARACTER, bad.nameProblem().orElseThrow());
        assertEquals(0, app.attachments.listOnPage(PAGE).size());
    }

    @Test
    void create_shouldPassStoreFailuresOn() {
        app.attachments.failStoresWith(new IOException("disk full"));

        assertThrows(IOException.class, () -> creator.create(ALICE, PAGE, "docx", "A"));
    }
}
