package app.docsbridge.confluence;

import app.docsbridge.core.port.StoredAttachment;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfluenceAttachmentStoreTest {

    private final Fakes.Attachments attachments = new Fakes.Attachments();
    private final Fakes.Pages pages = new Fakes.Pages();
    private final Fakes.Properties properties = new Fakes.Properties();
    private final Fakes.Users users = new Fakes.Users();
    private final Fakes.Transactions transactions = new Fakes.Transactions();
    private final ConfluenceAttachmentStore store =
            new ConfluenceAttachmentStore(attachments, pages, properties, users, transactions);

    private Page page;
    private Attachment attachment;
    private ConfluenceUser editor;
    private ConfluenceUser requestUser;

    @BeforeEach
    void setUp() {
        page = pages.add(7);
        attachment = attachments.add(page, 42, "Report.DOCX", bytes("old"));
        attachment.setCreator(users.add("creator-key", "creator"));
        editor = users.add("editor-key", "editor");
        requestUser = users.add("request-key", "request");
        AuthenticatedUserThreadLocal.set(requestUser);
    }

    @AfterEach
    void tearDown() {
        AuthenticatedUserThreadLocal.set(null);
    }

    @Test
    void storeVersion_shouldAttributeVersionToEditorAndRestoreThreadLocalUser() throws IOException {
        StoredAttachment stored = store.storeVersion(42, "editor-key", stream("new text"), 8, "Edited in ONLYOFFICE");

        assertSame(editor, attachments.savedBy.get(attachment));
        assertSame(requestUser, AuthenticatedUserThreadLocal.get());
        assertEquals(42, stored.id());
        assertEquals(7, stored.pageId());
        assertEquals(2, stored.version());
        assertEquals(8, stored.size());
        assertEquals("Edited in ONLYOFFICE", attachment.getVersionComment());
        assertArrayEquals(bytes("new text"), store.open(42, 2).readAllBytes());
        assertArrayEquals(bytes("old"), store.open(42, 1).readAllBytes());
        assertEquals(1, transactions.committed);
    }

    @Test
    void storeVersion_shouldFailAndRollBackWhenStreamIsShort() {
        IOException e = assertThrows(IOException.class,
                () -> store.storeVersion(42, "editor-key", stream("short"), 100, "c"));

        assertTrue(e.getMessage().contains("5 of 100"), e.getMessage());
        assertEquals(1, transactions.rolledBack);
        assertEquals(1, attachment.getVersion());
        assertSame(requestUser, AuthenticatedUserThreadLocal.get());
    }

    @Test
    void storeVersion_shouldFailWhenStreamIsLongerThanAnnounced() {
        assertThrows(IOException.class, () -> store.storeVersion(42, "editor-key", stream("too long"), 3, "c"));

        assertEquals(1, transactions.rolledBack);
        assertEquals(1, attachment.getVersion());
    }

    @Test
    void storeVersion_shouldReportAStoreFailureThatArrivesUncheckedAsAnIOExceptionAndRollBack() {
        attachments.failNextSave = true;

        IOException e = assertThrows(IOException.class,
                () -> store.storeVersion(42, "editor-key", stream("new text"), 8, "c"));

        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(1, transactions.rolledBack);
        assertEquals(1, attachment.getVersion());
        assertSame(requestUser, AuthenticatedUserThreadLocal.get());
    }

    @Test
    void create_shouldReportAStoreFailureThatArrivesUncheckedAsAnIOException() {
        attachments.failNextSave = true;

        assertThrows(IOException.class, () -> store.create(7, "new.docx", "application/octet-stream", "editor-key",
                stream("x"), 1));

        assertEquals(1, transactions.rolledBack);
    }

    @Test
    void storeVersion_shouldRestoreAnonymousThreadLocalUser() throws IOException {
        AuthenticatedUserThreadLocal.set(null);

        store.storeVersion(42, "editor-key", stream("x"), 1, null);

        assertNull(AuthenticatedUserThreadLocal.get());
        assertEquals("", attachment.getVersionComment());
    }

    @Test
    void storeVersion_shouldTruncateLongComment() throws IOException {
        store.storeVersion(42, "editor-key", stream("x"), 1, "a".repeat(300));

        assertEquals(255, attachment.getVersionComment().length());
    }

    @Test
    void storeVersion_shouldRefuseUnknownUserWithoutSaving() {
        assertThrows(IOException.class, () -> store.storeVersion(42, "gone-key", stream("x"), 1, "c"));

        assertEquals(1, attachment.getVersion());
        assertEquals(0, transactions.committed + transactions.rolledBack);
    }

    @Test
    void storeVersion_shouldFailForMissingAttachment() {
        assertThrows(IOException.class, () -> store.storeVersion(99, "editor-key", stream("x"), 1, "c"));
    }

    @Test
    void create_shouldAddAttachmentToPageAsCreator() throws IOException {
        StoredAttachment created = store.create(7, "New.xlsx", "application/vnd.ms-excel", "editor-key",
                stream("sheet"), 5);

        Attachment saved = attachments.getAttachment(created.id());
        assertEquals("New.xlsx", created.fileName());
        assertEquals(1, created.version());
        assertEquals(5, created.size());
        assertEquals(7, created.pageId());
        assertEquals("editor-key", created.lastModifierKey());
        assertSame(editor, saved.getCreator());
        assertSame(editor, attachments.savedBy.get(saved));
        assertTrue(page.getAttachments().contains(saved));
        assertSame(requestUser, AuthenticatedUserThreadLocal.get());
    }

    @Test
    void create_shouldFailForMissingPageOrShortStream() {
        assertThrows(IOException.class, () -> store.create(8, "a.docx", "x/y", "editor-key", stream("x"), 1));
        assertThrows(IOException.class, () -> store.create(7, "a.docx", "x/y", "editor-key", stream("x"), 2));
        assertEquals(List.of(), page.getAttachments());
    }

    @Test
    void find_shouldMapLatestVersionAndFallBackToCreatorAsModifier() {
        StoredAttachment found = store.find(42).orElseThrow();

        assertEquals(new StoredAttachment(42, 7, "Report.DOCX", 1, 3, "application/octet-stream",
                java.time.Instant.EPOCH, "creator-key"), found);
        assertEquals("docx", found.extension());
        assertEquals(Optional.empty(), store.find(43));
    }

    @Test
    void find_shouldResolveHistoricalVersionIdToLatest() throws IOException {
        store.storeVersion(42, "editor-key", stream("v2"), 2, "");
        long historicalId = attachments.getAllVersions(attachment).get(1).getId();

        assertEquals(2, store.find(historicalId).orElseThrow().version());
        assertEquals(42, store.findVersion(historicalId, 1).orElseThrow().id());
        assertEquals(Optional.empty(), store.findVersion(42, 3));
    }

    @Test
    void listOnPage_shouldReturnLatestVersions() throws IOException {
        store.storeVersion(42, "editor-key", stream("v2"), 2, "");

        List<StoredAttachment> listed = store.listOnPage(7);

        assertEquals(1, listed.size());
        assertEquals(2, listed.get(0).version());
        assertEquals(List.of(), store.listOnPage(8));
    }

    @Test
    void properties_shouldBePrefixedAndKeptOnTheAttachment() {
        store.setProperty(42, "lastSaved", "key-1");

        assertEquals(Optional.of("key-1"), store.property(42, "lastSaved"));
        assertEquals("key-1", properties.values.get("42/docsbridge.lastSaved"));
        assertEquals(Optional.empty(), store.property(42, "other"));
        assertThrows(IllegalArgumentException.class, () -> store.setProperty(42, "big", "x".repeat(256)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(bytes(text));
    }
}
