package com.atlassian.confluence.event.events.content.attachment;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.user.User;

/** Compile-only stub (Confluence 8.7.2): the {@link GeneralAttachmentRemoveEvent} of a visible attachment. */
public class AttachmentRemoveEvent extends GeneralAttachmentRemoveEvent {

    public AttachmentRemoveEvent(Object src, Attachment attachment, User remover) {
        this(src, attachment, remover, false);
    }

    public AttachmentRemoveEvent(Object src, Attachment attachment, User remover, boolean suppressNotifications) {
        super(src, attachment, remover, suppressNotifications);
    }
}
