package com.atlassian.confluence.event.events.content.attachment;

import com.atlassian.confluence.pages.Attachment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compile-only stub of Confluence 8.7.2's {@code AttachmentEvent} (abstract class; the real one extends
 * {@code ContentEvent}, left out here: flattening is allowed, atlassian-api.md §1). Only the members the app calls.
 */
public abstract class AttachmentEvent {

    private final List<Attachment> attachments;

    protected AttachmentEvent(Object src, Attachment attachment, boolean suppressNotifications) {
        this.attachments = new ArrayList<>(List.of(attachment));
    }

    /** The first attachment (the real one returns null for none, which its constructor forbids). */
    public Attachment getAttachment() {
        return attachments.isEmpty() ? null : attachments.get(0);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
