package app.docsbridge.confluence;

import app.docsbridge.core.port.RemovalEvents;
import com.atlassian.confluence.event.events.content.attachment.GeneralAttachmentRemoveEvent;
import com.atlassian.confluence.event.events.content.attachment.GeneralAttachmentVersionRemoveEvent;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.event.api.EventListener;

/**
 * Turns Confluence's removal events into the app's {@link RemovalEvents.Listener} calls. Only
 * {@link ConfluenceRemovalEvents} touches this class, inside {@code catch (LinkageError)}.
 *
 * <p>What Confluence 8.7.2 publishes (ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code pages/DefaultAttachmentManager.java:355-388,613-619}): before deleting all versions of an attachment,
 * {@code AttachmentRemoveEvent} — or {@code HiddenAttachmentRemoveEvent} for a hidden one, a sibling class — both
 * {@code GeneralAttachmentRemoveEvent}s; every path that deletes for good goes through there (emptying the trash,
 * purging a page, blog post or space, removing a draft: {@code DefaultTrashManager.java:287-296},
 * {@code DefaultContentEntityManager.java:235-238,286-297}). Before deleting one version,
 * {@code AttachmentVersionRemoveEvent} or {@code HiddenAttachmentVersionRemoveEvent}. Trashing publishes
 * {@code AttachmentTrashedEvent}, which is not listened to: a trashed attachment (or page) can be restored with its
 * history. Listeners receive the events of their parameter type's subclasses too
 * ({@code atlassian-event-5.0.2 …/internal/ListenerRegistry.java:46-50}), so the General types catch all four.
 */
public final class AttachmentRemovalListener {

    private final RemovalEvents.Listener listener;

    /** Public class and methods: atlassian-event invokes them without {@code setAccessible}. */
    AttachmentRemovalListener(RemovalEvents.Listener listener) {
        this.listener = listener;
    }

    @EventListener
    public void attachmentRemoved(GeneralAttachmentRemoveEvent event) {
        for (Attachment attachment : event.getAttachments()) {
            listener.attachmentRemoved(attachmentId(attachment));
        }
    }

    @EventListener
    public void versionRemoved(GeneralAttachmentVersionRemoveEvent event) {
        for (Attachment version : event.getAttachments()) {
            listener.versionRemoved(ConfluenceAttachmentStore.toStored(version, attachmentId(version)));
        }
    }

    /** The app knows an attachment by its latest version's id; older versions have ids of their own. */
    private static long attachmentId(Attachment attachment) {
        return attachment.isLatestVersion() ? attachment.getId() : ((Attachment) attachment.getLatestVersion()).getId();
    }
}
