package com.atlassian.confluence.event.events.content.attachment;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.user.User;

/**
 * Compile-only stub of Confluence 8.7.2's class of this name (ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 * Removed before all versions of an attachment are deleted for good (purge from the trash, page or space purge, draft removal): DefaultAttachmentManager.removeAttachmentFromServer / removeAttachmentWithoutNotifications publish it, then the DAO deletes.
 */
public class GeneralAttachmentRemoveEvent extends AttachmentEvent {

    public GeneralAttachmentRemoveEvent(Object src, Attachment attachment, User remover) {
        this(src, attachment, remover, false);
    }

    public GeneralAttachmentRemoveEvent(Object src, Attachment attachment, User remover, boolean suppressNotifications) {
        super(src, attachment, suppressNotifications);
    }
}
