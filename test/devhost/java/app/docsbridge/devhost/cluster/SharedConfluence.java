package app.docsbridge.devhost.cluster;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.PageResources;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.descriptor.PluginDescriptor;
import app.docsbridge.devhost.memory.CollectingPageResources;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.DiskAttachmentStore;
import app.docsbridge.devhost.memory.DiskHistoryStore;
import app.docsbridge.devhost.memory.LocalClusterLocks;
import app.docsbridge.devhost.memory.MemoryContentDirectory;
import app.docsbridge.devhost.memory.MemoryMailServer;
import app.docsbridge.devhost.memory.MemoryPeopleDirectory;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.memory.MemorySettingsStore;
import app.docsbridge.devhost.memory.MemoryUsers;
import app.docsbridge.devhost.memory.PageBodies;
import app.docsbridge.devhost.memory.PropertiesMessages;
import app.docsbridge.devhost.memory.ServiceCalls;
import app.docsbridge.devhost.memory.SystemClockTimeSource;
import app.docsbridge.devhost.memory.ThreadRequestScope;
import app.docsbridge.devhost.memory.UserDirectory;
import app.docsbridge.testing.VelocityPageRenderer;
import app.docsbridge.devhost.webresources.WebResourceTags;

import java.util.Map;

/**
 * The in-memory Confluence every app node of the dev host talks to: one database (attachments, their properties,
 * settings, users, the space), one file store and one cluster-lock service, as in a Data Center cluster. Everything
 * an app node keeps for itself lives in its own wiring ({@link AppNode}).
 */
public record SharedConfluence(PluginDescriptor descriptor, DevHostUrls urls, UserDirectory directory, String adminKey,
                               DevSpace space, DiskAttachmentStore store, MemoryUsers users,
                               MemoryPermissions permissions, MemorySettingsStore settings,
                               PropertiesMessages messages, LocalClusterLocks locks, WebResourceTags tags,
                               ServiceCalls calls, PageBodies bodies, CollectingPageResources pageResources,
                               DiskHistoryStore history, MemoryPeopleDirectory people, MemoryMailServer mail) {

    /**
     * What the app's Confluence adapters are replaced with on every node. The app's calls into Confluence's
     * services are counted (all nodes together; the benchmark reports them per page and row).
     */
    public Map<Class<?>, Object> ports() {
        return Map.ofEntries(
                Map.entry(AttachmentStore.class, calls.counting(AttachmentStore.class, store)),
                Map.entry(Permissions.class, calls.counting(Permissions.class, permissions)),
                Map.entry(Users.class, calls.counting(Users.class, users)),
                Map.entry(SettingsStore.class, calls.counting(SettingsStore.class, settings)),
                Map.entry(ClusterLocks.class, locks),
                Map.entry(PageRenderer.class, new VelocityPageRenderer()), Map.entry(Messages.class, messages),
                Map.entry(HostUrls.class, urls), Map.entry(TimeSource.class, new SystemClockTimeSource()),
                Map.entry(RequestScope.class, new ThreadRequestScope()),
                Map.entry(ContentDirectory.class, new MemoryContentDirectory(space, permissions)),
                // Per request thread, like PageBuilderService: the macros of the page being rendered.
                Map.entry(PageResources.class, pageResources),
                Map.entry(HistoryStore.class, calls.counting(HistoryStore.class, history)),
                Map.entry(PeopleDirectory.class, calls.counting(PeopleDirectory.class, people)),
                Map.entry(MailServer.class, mail));
    }
}
