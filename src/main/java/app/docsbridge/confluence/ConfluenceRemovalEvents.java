package app.docsbridge.confluence;

import app.docsbridge.core.port.RemovalEvents;
import com.atlassian.event.api.EventPublisher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Confluence's attachment removal events, through the product's {@link EventPublisher} (decisions/0014).
 *
 * <p>Evidence: registering a listener object with {@code EventPublisher.register} and {@code @EventListener}
 * methods is how Atlassian's Slack integration, compiled against Confluence 10.0.1, listens to content events
 * ({@code AutoSubscribingEventListener}, {@code ConfluenceEventListener}); the bundled document conversion plugin
 * and Confluence's own {@code ThumbnailRemovingListener} listen to the removal events this way on 8.7.2
 * (ngannk-fptu/Decompiled-Files, commit e0c88ec5). The event classes themselves are seen on 8.7.2 only, so the
 * class that names them ({@link AttachmentRemovalListener}) is loaded inside {@code catch (LinkageError)}: on a
 * Confluence that moved them the clean-up is lost, never the plugin.
 */
public class ConfluenceRemovalEvents implements RemovalEvents {

    private static final Logger LOG = Logger.getLogger(ConfluenceRemovalEvents.class.getName());

    private final EventPublisher eventPublisher;
    private final Map<Listener, Object> registered = new ConcurrentHashMap<>();

    public ConfluenceRemovalEvents(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @Override
    public boolean subscribe(Listener listener) {
        try {
            // Loading the bridge resolves the event classes; register() reflects on its methods.
            Object bridge = new AttachmentRemovalListener(listener);
            eventPublisher.register(bridge);
            registered.put(listener, bridge);
            return true;
        } catch (LinkageError e) {
            LOG.log(Level.WARNING, "Confluence's attachment removal events could not be found", e);
            return false;
        }
    }

    @Override
    public void unsubscribe(Listener listener) {
        Object bridge = registered.remove(listener);
        if (bridge != null) {
            eventPublisher.unregister(bridge);
        }
    }
}
