package app.docsbridge.core.actions;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentActionsTest {

    private static final long PAGE = 7;
    private static final String EDITOR = "editor-key";
    private static final String VIEWER = "viewer-key";

    private final TestApp app = new TestApp();
    private final AttachmentActions actions = app.actions;

    private StoredAttachment file(String name) {
        StoredAttachment attachment = app.attachments.add(PAGE, name, new byte[] {1, 2, 3}, EDITOR);
        app.permissions.allowEdit(EDITOR, attachment.id()).allowView(VIEWER, attachment.id());
        return attachment;
    }

    @Test
    void docx_shouldBeEditableForAnEditorAndViewableForAViewer() {
        long id = file("report.docx").id();

        assertTrue(actions.allows(Action.EDIT, EDITOR, id));
        assertFalse(actions.allows(Action.VIEW, EDITOR, id), "an editor gets Edit, not a second View item");
        assertFalse(actions.allows(Action.EDIT, VIEWER, id));
        assertTrue(actions.allows(Action.VIEW, VIEWER, id));
    }

    @Test
    void nothing_shouldBeOfferedUntilTheDocsAddressAndTheSecretAreSet() {
        long id = file("report.odt").id();
        app.permissions.allowAddAttachments(EDITOR, PAGE);
        assertTrue(actions.allows(Action.CONVERT, EDITOR, id));

        app.set("jwtSecret", "");
        for (Action action : Action.values()) {
            assertFalse(actions.allows(action, EDITOR, id), "no secret: " + action.name());
        }
        app.set("jwtSecret", TestApp.SECRET).set("docsUrl", "");
        for (Action action : Action.values()) {
            assertFalse(actions.allows(action, EDITOR, id), "no address: " + action.name());
        }
    }

    @Test
    void nothing_shouldBeAllowedWithoutViewPermission() {
        long id = file("report.docx").id();

        for (Action action : Action.values()) {
            assertFalse(actions.allows(action, "stranger", id), action.name());
            assertFalse(actions.allows(action, null, id), action.name());
        }
    }

    @Test
    void lossyFormat_shouldBeViewOnlyUntilAllowedInSettings() {
        long id = file("notes.odt").id();

        assertFalse(actions.allows(Action.EDIT, EDITOR, id));
        assertTrue(actions.allows(Action.VIEW, EDITOR, id));

        app.set("lossyEditable", "ods, odt");

        assertTrue(actions.allows(Action.EDIT, EDITOR, id));
        assertFalse(actions.allows(Action.VIEW, EDITOR, id));
        assertFalse(actions.allows(Action.EDIT, VIEWER, id));
    }

    @Test
    void vsdx_shouldBeViewOnly() {
        long id = file("plan.vsdx").id();
        app.set("lossyEditable", "vsdx");

        assertFalse(actions.allows(Action.EDIT, EDITOR, id));
        assertTrue(actions.allows(Action.VIEW, EDITOR, id));
        assertFalse(actions.allows(Action.CONVERT, EDITOR, id), "vsdx is already the diagram OOXML format");
    }

    @Test
    void largeFile_shouldNotBeEditable() {
        StoredAttachment big = app.attachments.addWithSize(PAGE, "big.docx", AttachmentActions.MAX_FILE_BYTES + 1);
        app.permissions.allowEdit(EDITOR, big.id()).allowAddAttachments(EDITOR, PAGE);

        assertFalse(actions.allows(Action.EDIT, EDITOR, big.id()));
        assertFalse(actions.allows(Action.CONVERT, EDITOR, big.id()));
        assertFalse(actions.allows(Action.DOWNLOAD_AS, EDITOR, big.id()));
    }

    @Test
    void largeFile_shouldNotBeOfferedForViewingEither() {
        // The Docs server refuses to download more than 100 MiB for any purpose ("Download failed", -10).
        StoredAttachment big = app.attachments.addWithSize(PAGE, "big.docx", AttachmentActions.MAX_FILE_BYTES + 1);
        app.permissions.allowEdit(EDITOR, big.id()).allowView(VIEWER, big.id());

        assertFalse(actions.allows(Action.VIEW, VIEWER, big.id()));
        assertFalse(actions.allows(Action.VIEW, EDITOR, big.id()));
    }

    @Test
    void fileOfExactlyTheLimit_shouldBeEditable() {
        StoredAttachment limit = app.attachments.addWithSize(PAGE, "limit.docx", AttachmentActions.MAX_FILE_BYTES);
        app.permissions.allowEdit(EDITOR, limit.id());

        assertEquals(100L * 1024 * 1024, AttachmentActions.MAX_FILE_BYTES);
        assertTrue(actions.allows(Action.EDIT, EDITOR, limit.id()));
    }

    @Test
    void anonymous_shouldNeverEdit() {
        long id = file("report.docx").id();
        app.permissions.allowEdit(null, id); // even a (misconfigured) anonymous edit permission

        assertFalse(actions.allows(Action.EDIT, null, id));
        assertTrue(actions.allows(Action.VIEW, null, id));
        assertFalse(actions.allows(Action.CONVERT, null, id));
    }

    @Test
    void convert_shouldBeOfferedForNonOoxmlFormatsToUsersWhoMayAddAttachments() {
        long odt = file("notes.odt").id();
        long doc = file("old.doc").id();
        long docx = file("report.docx").id();
        long pdf = file("scan.pdf").id();

        assertFalse(actions.allows(Action.CONVERT, EDITOR, odt), "needs permission to add attachments");

        app.permissions.allowAddAttachments(EDITOR, PAGE).allowAddAttachments(VIEWER, PAGE);

        assertTrue(actions.allows(Action.CONVERT, EDITOR, odt));
        assertTrue(actions.allows(Action.CONVERT, EDITOR, doc));
        assertTrue(actions.allows(Action.CONVERT, VIEWER, doc), "converting creates a new file; viewing suffices");
        assertFalse(actions.allows(Action.CONVERT, EDITOR, docx), "already OOXML");
        assertFalse(actions.allows(Action.CONVERT, EDITOR, pdf), "pdf has no other OOXML form");
    }

    @Test
    void convertTarget_shouldNameTheOoxmlExtension() {
        assertEquals("docx", actions.convertTarget(app.formats.find("odt").orElseThrow()).orElseThrow());
        assertEquals("xlsx", actions.convertTarget(app.formats.find("ods").orElseThrow()).orElseThrow());
        assertEquals("pptx", actions.convertTarget(app.formats.find("ppt").orElseThrow()).orElseThrow());
        assertTrue(actions.convertTarget(app.formats.find("xlsx").orElseThrow()).isEmpty());
        assertTrue(actions.convertTarget(app.formats.find("gdoc").orElseThrow()).isEmpty(), "gdoc converts to nothing");
    }

    @Test
    void downloadAs_shouldBeOfferedToViewersOfConvertibleFiles() {
        long docx = file("report.docx").id();
        long gdoc = file("link.gdoc").id();

        assertTrue(actions.allows(Action.DOWNLOAD_AS, VIEWER, docx));
        assertFalse(actions.allows(Action.DOWNLOAD_AS, VIEWER, gdoc));
    }

    @Test
    void unknownFormatsAndMissingAttachments_shouldAllowNothing() {
        long exe = file("setup.exe").id();
        long noExtension = file("README").id();

        for (Action action : Action.values()) {
            assertFalse(actions.allows(action, EDITOR, exe), action.name());
            assertFalse(actions.allows(action, EDITOR, noExtension), action.name());
            assertFalse(actions.allows(action, EDITOR, 999_999), action.name());
        }
    }

    @Test
    void upperCaseExtension_shouldWorkLikeLowerCase() {
        long id = file("REPORT.DOCX").id();

        assertTrue(actions.allows(Action.EDIT, EDITOR, id));
    }

    @Test
    void fromParam_shouldParseConditionParameters() {
        assertEquals(Action.EDIT, Action.fromParam("edit"));
        assertEquals(Action.DOWNLOAD_AS, Action.fromParam(" download-as "));
        assertEquals(Action.CONVERT, Action.fromParam("CONVERT"));
        assertThrows(IllegalArgumentException.class, () -> Action.fromParam("delete"));
    }
}
