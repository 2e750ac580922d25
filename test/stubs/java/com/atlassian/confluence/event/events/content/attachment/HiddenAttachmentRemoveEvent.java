package com.atlassian.confluence.event.events.content.attachment;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.user.User;

/**
 * Compile-only stub (Confluence 8.7.2): the {@link GeneralAttachmentRemoveEvent} Confluence publishes instead for a hidden attachment
 * ({@code Attachment.isHidden()}). A sibling of the visible one, not a subclass: listen to the General type.
 */
public class HiddenAttachmentRemoveEvent extends GeneralAttachmentRemoveEvent {

    public HiddenAttachmentRemoveEvent(Object src, Attachment attachment, User remover) {
        super(src, attachment, remover, true);
    }
}
