package app.docsbridge.core.access;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.Permissions;

import java.util.function.Function;

/**
 * The permission checks requests from an open editor start with (the Confluence file picker, "Save copy as"): a
 * signed-in user who may still view the file the editor has open, and may view the page a file is listed from or
 * stored on. What is gone and what the user may not see are refused alike, so that neither is revealed.
 */
public final class EditorAccess {

    /** Why a request from the editor is refused. */
    public enum Refusal {
        LOGIN_REQUIRED,
        /** The editor's file is gone or not the user's to view. */
        FILE_NOT_FOUND,
        /** The page is gone or not the user's to view. */
        PAGE_NOT_FOUND
    }

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final ContentDirectory content;

    public EditorAccess(AttachmentStore attachments, Permissions permissions, ContentDirectory content) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.content = content;
    }

    /** Throws {@code refused(reason)} unless {@code userKey} is signed in and may view the editor's file. */
    public <E extends Exception> void checkEditorFile(String userKey, long editorAttachmentId,
                                                      Function<Refusal, E> refused) throws E {
        if (userKey == null) {
            throw refused.apply(Refusal.LOGIN_REQUIRED);
        }
        if (!permissions.canView(userKey, editorAttachmentId) || attachments.find(editorAttachmentId).isEmpty()) {
            throw refused.apply(Refusal.FILE_NOT_FOUND);
        }
    }

    /** Throws {@code refused(reason)} unless {@code userKey} is signed in and may view the page. */
    public <E extends Exception> void checkPage(String userKey, long pageId, Function<Refusal, E> refused) throws E {
        if (userKey == null) {
            throw refused.apply(Refusal.LOGIN_REQUIRED);
        }
        if (!content.canViewPage(userKey, pageId)) {
            throw refused.apply(Refusal.PAGE_NOT_FOUND);
        }
    }
}
