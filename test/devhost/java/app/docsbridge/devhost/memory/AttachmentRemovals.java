package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.StoredAttachment;
import com.atlassian.confluence.event.events.content.attachment.AttachmentRemoveEvent;
import com.atlassian.confluence.event.events.content.attachment.AttachmentVersionRemoveEvent;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;

import java.io.IOException;
import java.util.Date;
import java.util.Optional;

/**
 * Deleting attachments and versions as Confluence's {@code DefaultAttachmentManager} does (8.7.2,
 * ngannk-fptu/Decompiled-Files, {@code pages/DefaultAttachmentManager.java:355-388,613-619}): on the node that
 * deletes, the removal event is published first, with Confluence's own event and Attachment classes (the
 * compile-only stubs), then the data goes. The app's {@code ConfluenceRemovalEvents} adapter listens on that node's
 * {@link DevEventPublisher}.
 */
public final class AttachmentRemovals {

    private final DiskAttachmentStore store;
    private final DevEventPublisher events;

    public AttachmentRemovals(DiskAttachmentStore store, DevEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** False when there is no such attachment. */
    public boolean removeAttachment(long attachmentId) throws IOException {
        Optional<StoredAttachment> latest = store.find(attachmentId);
        if (latest.isEmpty()) {
            return false;
        }
        events.publish(new AttachmentRemoveEvent(this, attachmentObject(latest.get()), null));
        return store.removeAttachment(attachmentId);
    }

    /** False when there is no such version. Deleting the only version deletes the attachment, without more events. */
    public boolean removeVersion(long attachmentId, int version) throws IOException {
        Optional<StoredAttachment> latest = store.find(attachmentId);
        Optional<StoredAttachment> removed = store.findVersion(attachmentId, version);
        if (latest.isEmpty() || removed.isEmpty()) {
            return false;
        }
        Attachment original = attachmentObject(latest.get());
        Attachment object = original;
        if (removed.get().version() != latest.get().version()) {
            // An older version is an object of its own (own id) whose latest version is the attachment.
            object = attachmentObject(removed.get());
            object.setId(-attachmentId * 1000 - version);
            object.setOriginalVersion(original);
        }
        events.publish(new AttachmentVersionRemoveEvent(this, object, null));
        return store.removeVersion(attachmentId, version);
    }

    private static Attachment attachmentObject(StoredAttachment file) {
        Attachment a = new Attachment(file.fileName(), file.mediaType(), file.size(), "");
        a.setId(file.id());
        a.setVersion(file.version());
        a.setCreationDate(Date.from(file.modified()));
        a.setLastModificationDate(Date.from(file.modified()));
        Page page = new Page();
        page.setId(file.pageId());
        a.setContainer(page);
        return a;
    }
}
