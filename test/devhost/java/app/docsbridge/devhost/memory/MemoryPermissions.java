package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.Permissions;

/**
 * DEV space permissions: admin, alice and bob view, edit and attach; carol only views; anonymous visitors view
 * only while the space allows it. Unknown attachments and pages allow nothing.
 */
public final class MemoryPermissions implements Permissions {

    private final UserDirectory users;
    private final DevSpace space;
    private final AttachmentStore attachments;

    public MemoryPermissions(UserDirectory users, DevSpace space, AttachmentStore attachments) {
        this.users = users;
        this.space = space;
        this.attachments = attachments;
    }

    @Override
    public boolean canView(String userKey, long attachmentId) {
        return attachments.find(attachmentId).filter(a -> passesRestriction(userKey, a.pageId())).isPresent()
                && canViewSpace(userKey);
    }

    @Override
    public boolean canEdit(String userKey, long attachmentId) {
        return attachments.find(attachmentId).isPresent() && isEditor(userKey);
    }

    @Override
    public boolean canAddAttachments(String userKey, long pageId) {
        return space.page(pageId).isPresent() && isEditor(userKey);
    }

    @Override
    public boolean isSystemAdmin(String userKey) {
        return userKey != null && users.byKey(userKey).map(DevUser::systemAdmin).orElse(false);
    }

    /** Page-level view permission, for the dev host's own pages. */
    public boolean canViewPage(String userKey, long pageId) {
        return space.page(pageId).isPresent() && passesRestriction(userKey, pageId) && canViewSpace(userKey);
    }

    /** A restricted page and its attachments are for system administrators only. */
    private boolean passesRestriction(String userKey, long pageId) {
        return !space.isRestricted(pageId) || isSystemAdmin(userKey);
    }

    private boolean canViewSpace(String userKey) {
        // An unlicensed user is in no group the space grants anything to.
        return userKey == null ? space.anonymousView() : users.byKey(userKey).map(DevUser::licensed).orElse(false);
    }

    private boolean isEditor(String userKey) {
        return userKey != null && users.byKey(userKey).map(DevUser::canEdit).orElse(false);
    }
}
