package app.docsbridge.confluence;

import app.docsbridge.core.port.RemovalEvents;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.devhost.memory.DevEventPublisher;
import com.atlassian.confluence.event.events.content.attachment.AttachmentRemoveEvent;
import com.atlassian.confluence.event.events.content.attachment.AttachmentVersionRemoveEvent;
import com.atlassian.confluence.event.events.content.attachment.HiddenAttachmentRemoveEvent;
import com.atlassian.confluence.event.events.content.attachment.HiddenAttachmentVersionRemoveEvent;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Confluence's removal events reach the app's listener: the dev host's {@link DevEventPublisher} dispatches as
 * atlassian-event 5.0.2 does (over the event's class hierarchy, public methods only, no setAccessible).
 */
class ConfluenceRemovalEventsTest {

    private static final Instant MODIFIED = Instant.parse("2026-03-29T10:00:00Z");

    private static final class Recorder implements RemovalEvents.Listener {
        final List<String> calls = new ArrayList<>();
        final List<StoredAttachment> versions = new ArrayList<>();

        @Override
        public void attachmentRemoved(long attachmentId) {
            calls.add("attachment " + attachmentId);
        }

        @Override
        public void versionRemoved(StoredAttachment version) {
            calls.add("version " + version.id() + " v" + version.version());
            versions.add(version);
        }
    }

    private final DevEventPublisher publisher = new DevEventPublisher();
    private final ConfluenceRemovalEvents events = new ConfluenceRemovalEvents(publisher);
    private final Recorder recorder = new Recorder();

    private static Attachment latest(long id, int version) {
        Attachment a = new Attachment("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                1234, "");
        a.setId(id);
        a.setVersion(version);
        a.setLastModificationDate(Date.from(MODIFIED));
        Page page = new Page();
        page.setId(1001);
        page.addAttachment(a);
        return a;
    }

    /** An older version: an object with an id of its own whose latest version is the attachment. */
    private static Attachment older(Attachment latest, int version, long size) {
        Attachment a = new Attachment(latest.getFileName(), latest.getMediaType(), size, "");
        a.setId(90_000 + version);
        a.setVersion(version);
        a.setLastModificationDate(Date.from(MODIFIED.minusSeconds(3600)));
        a.setContainer(latest.getContainer());
        a.setOriginalVersion(latest);
        return a;
    }

    @Test
    void attachmentRemoval_visibleOrHidden_reachesTheListener() {
        assertTrue(events.subscribe(recorder));

        publisher.publish(new AttachmentRemoveEvent(this, latest(2001, 3), null));
        publisher.publish(new HiddenAttachmentRemoveEvent(this, latest(2002, 1), null));

        assertEquals(List.of("attachment 2001", "attachment 2002"), recorder.calls);
    }

    @Test
    void versionRemoval_namesTheAttachmentByItsLatestId_andDescribesTheVersion() {
        events.subscribe(recorder);
        Attachment latest = latest(2001, 3);

        publisher.publish(new AttachmentVersionRemoveEvent(this, older(latest, 2, 999), null));
        publisher.publish(new HiddenAttachmentVersionRemoveEvent(this, latest, null));

        assertEquals(List.of("version 2001 v2", "version 2001 v3"), recorder.calls);
        StoredAttachment v2 = recorder.versions.get(0);
        assertEquals(999, v2.size());
        assertEquals(MODIFIED.minusSeconds(3600), v2.modified());
        assertEquals(1001, v2.pageId());
    }

    @Test
    void otherEvents_andUnsubscribedListeners_getNothing() {
        events.subscribe(recorder);
        publisher.publish("something else");
        events.unsubscribe(recorder);
        publisher.publish(new AttachmentRemoveEvent(this, latest(2001, 1), null));

        assertEquals(List.of(), recorder.calls);
        assertEquals(0, publisher.listenerCount());
    }

    @Test
    void eventClassesMissing_costTheCleanupOnly() {
        EventPublisher withoutEventClasses = new EventPublisher() {
            @Override
            public void publish(Object event) {
            }

            @Override
            public void register(Object listener) {
                // What atlassian-event's getClass().getMethods() throws when a parameter class is gone.
                throw new NoClassDefFoundError(
                        "com/atlassian/confluence/event/events/content/attachment/GeneralAttachmentRemoveEvent");
            }

            @Override
            public void unregister(Object listener) {
                throw new AssertionError("nothing was registered");
            }

            @Override
            public void unregisterAll() {
            }
        };
        ConfluenceRemovalEvents missing = new ConfluenceRemovalEvents(withoutEventClasses);

        assertFalse(missing.subscribe(recorder));
        missing.unsubscribe(recorder);
    }
}
