package com.atlassian.confluence.event.events.content.attachment;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.user.User;

/**
 * Compile-only stub of Confluence 8.7.2's class of this name (ngannk-fptu/Decompiled-Files, commit e0c88ec5).
 * Published before one version is deleted (DefaultAttachmentManager.removeAttachmentVersionFromServer); when it is the only version the DAO then deletes the whole attachment without a remove event (AbstractHibernateAttachmentDao.removeAttachmentVersionFromServer).
 */
public class GeneralAttachmentVersionRemoveEvent extends AttachmentEvent {

    public GeneralAttachmentVersionRemoveEvent(Object src, Attachment attachment, User remover) {
        this(src, attachment, remover, false);
    }

    public GeneralAttachmentVersionRemoveEvent(Object src, Attachment attachment, User remover, boolean suppressNotifications) {
        super(src, attachment, suppressNotifications);
    }
}
