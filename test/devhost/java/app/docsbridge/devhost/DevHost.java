package app.docsbridge.devhost;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.api.AttachmentsApi;
import app.docsbridge.devhost.api.FaultsApi;
import app.docsbridge.devhost.api.ResetApi;
import app.docsbridge.devhost.api.SessionApi;
import app.docsbridge.devhost.api.SettingsApi;
import app.docsbridge.devhost.api.SpaceApi;
import app.docsbridge.devhost.api.StatusApi;
import app.docsbridge.devhost.descriptor.DescriptorReader;
import app.docsbridge.devhost.descriptor.PluginDescriptor;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.DiskAttachmentStore;
import app.docsbridge.devhost.memory.DiskHistoryStore;
import app.docsbridge.devhost.memory.LocalClusterLocks;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.memory.MemorySettingsStore;
import app.docsbridge.devhost.memory.MemoryUsers;
import app.docsbridge.devhost.memory.PropertiesMessages;
import app.docsbridge.devhost.memory.SystemClockTimeSource;
import app.docsbridge.devhost.memory.UserDirectory;
import app.docsbridge.devhost.memory.VelocityPageRenderer;
import app.docsbridge.devhost.pages.AttachmentDownloadServlet;
import app.docsbridge.devhost.pages.AttachmentsPage;
import app.docsbridge.devhost.pages.HomePage;
import app.docsbridge.devhost.pages.PageLayout;
import app.docsbridge.devhost.pages.WebItems;
import app.docsbridge.devhost.seed.Seeder;
import app.docsbridge.devhost.session.LoginPage;
import app.docsbridge.devhost.session.SessionServlet;
import app.docsbridge.devhost.session.SessionUserFilter;
import app.docsbridge.devhost.webresources.ProductShims;
import app.docsbridge.devhost.webresources.ResourceUrls;
import app.docsbridge.devhost.webresources.WebResourceRegistry;
import app.docsbridge.devhost.webresources.WebResourceServlet;
import app.docsbridge.devhost.webresources.WebResourceTags;
import app.docsbridge.devhost.webresources.WrmResourcesServlet;
import app.docsbridge.devhost.wiring.Autowirer;
import app.docsbridge.devhost.wiring.ModuleProblems;
import app.docsbridge.devhost.wiring.PluginComponents;
import app.docsbridge.devhost.wiring.PluginServlets;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The app's real servlets, templates and web-resources in Jetty, wired from atlassian-plugin.xml like the plugin
 * framework does, with in-memory stand-ins for everything Confluence provides.
 */
public final class DevHost {

    private final Server server;
    private final ServerConnector connector;
    private final DevHostUrls urls;
    private final WebResourceTags tags;
    private final ModuleProblems problems;
    private final String pluginKey;

    private DevHost(Server server, ServerConnector connector, DevHostUrls urls, WebResourceTags tags,
                    ModuleProblems problems, String pluginKey) {
        this.server = server;
        this.connector = connector;
        this.urls = urls;
        this.tags = tags;
        this.problems = problems;
        this.pluginKey = pluginKey;
    }

    public static void main(String[] args) throws Exception {
        quietLibraryLogs();
        if ("1".equals(System.getenv("DEVHOST_EXIT_WITH_STDIN"))) {
            exitWhenStdinCloses();
        }
        DevHost host = start(DevHostConfig.fromEnvironment(System.getenv()));
        System.out.println("[devhost] plugin " + host.pluginKey + ", " + host.problems.all().size() + " module(s) disabled");
        // The Node launcher waits for this line.
        System.out.println("DEVHOST_READY " + host.url());
        host.server.join();
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        ClassLoader loader = DevHost.class.getClassLoader();
        PluginDescriptor descriptor = new DescriptorReader(loader).read(config.extraDescriptors());
        ModuleProblems problems = new ModuleProblems(config.strict());

        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRelativeRedirectAllowed(true);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);

        // In-memory Confluence.
        DevHostUrls urls = new DevHostUrls(() -> config.baseUrlOverride() != null ? config.baseUrlOverride()
                : "http://127.0.0.1:" + connector.getLocalPort() + DevHostUrls.CONTEXT_PATH);
        UserDirectory directory = new UserDirectory();
        String adminKey = directory.byUsername("admin").orElseThrow().key();
        DevSpace space = new DevSpace();
        Path data = DataFolder.prepare(config.dataDir(), config.keepData());
        DiskAttachmentStore store = new DiskAttachmentStore(data.resolve("attachments"), Clock.systemUTC(),
                id -> space.page(id).isPresent());
        if (store.latestVersions().isEmpty()) {
            Seeder.seed(store, adminKey);
        }
        DiskHistoryStore history = new DiskHistoryStore(data.resolve("history"));
        MemoryUsers users = new MemoryUsers(directory);
        MemoryPermissions permissions = new MemoryPermissions(directory, space, store);
        MemorySettingsStore settings = new MemorySettingsStore(config.settingsSeed());
        PropertiesMessages messages = new PropertiesMessages(descriptor.i18nLocations(), loader);
        Map<Class<?>, Object> ports = Map.of(
                AttachmentStore.class, store, Permissions.class, permissions, Users.class, users,
                SettingsStore.class, settings, ClusterLocks.class, new LocalClusterLocks(),
                PageRenderer.class, new VelocityPageRenderer(), Messages.class, messages, HostUrls.class, urls,
                TimeSource.class, new SystemClockTimeSource(), HistoryStore.class, history);

        // The plugin, as the plugin framework would enable it.
        Autowirer components = PluginComponents.wire(descriptor.components(), ports, loader, problems);
        ProductShims shims = new ProductShims(urls.contextPath());
        WebResourceRegistry registry = new WebResourceRegistry(descriptor, shims);
        ResourceUrls resourceUrls = new ResourceUrls(urls.contextPath());
        WebResourceTags tags = new WebResourceTags(registry, resourceUrls);
        WebItems webItems = new WebItems(descriptor.webItems(), components, loader, messages, problems);
        PageLayout layout = new PageLayout(tags, users);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(DevHostUrls.CONTEXT_PATH);
        context.addFilter(new FilterHolder(new SessionUserFilter(directory)), "/*", EnumSet.of(DispatcherType.REQUEST));
        List<String> pluginPaths = PluginServlets.mount(descriptor.servlets(), context, components, loader, users,
                permissions, urls, problems);

        mount(context, new HomePage(space, directory, layout), "");
        mount(context, new LoginPage(directory, layout), "/login.action");
        mount(context, new AttachmentsPage(space, store, permissions, users, directory, urls, webItems, layout),
                "/pages/viewpageattachments.action");
        mount(context, new AttachmentDownloadServlet(store, permissions, users, urls), "/download/attachments/*");
        mount(context, new WebResourceServlet(registry, shims, messages, users, loader), "/download/resources/*", "/s/*");
        mount(context, new WrmResourcesServlet(registry, resourceUrls), "/rest/webResources/1.0/resources");
        mount(context, new SessionServlet(directory), "/devhost/login", "/devhost/logout");
        mount(context, new SessionApi(users), "/devhost/api/session");
        mount(context, new AttachmentsApi(store, space, directory), "/devhost/api/attachments", "/devhost/api/attachments/*");
        mount(context, new FaultsApi(store), "/devhost/api/faults");
        mount(context, new SettingsApi(settings), "/devhost/api/settings");
        mount(context, new SpaceApi(space), "/devhost/api/space");
        mount(context, new StatusApi(descriptor.pluginKey(), urls::baseUrl, pluginPaths, problems), "/devhost/api/status");
        mount(context, new ResetApi(() -> {
            store.clear();
            history.clear();
            Seeder.seed(store, adminKey);
            settings.reset();
            space.setAnonymousView(false);
        }), "/devhost/api/reset");

        server.setHandler(new ContextHandlerCollection(context, new ContextHandler(new RedirectHome(), "/")));
        server.setStopAtShutdown(true);
        server.start();
        return new DevHost(server, connector, urls, tags, problems, descriptor.pluginKey());
    }

    private static void mount(ServletContextHandler context, HttpServlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
    }

    /** {@code http://127.0.0.1:PORT/confluence} (or DEVHOST_BASE_URL). */
    public String url() {
        return urls.baseUrl();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The {@code <link>}/{@code <script>} tags for web-resource contexts and keys, for pages the dev host renders. */
    public WebResourceTags webResourceTags() {
        return tags;
    }

    public List<String> moduleProblems() {
        return problems.all();
    }

    public void stop() throws Exception {
        server.stop();
    }

    /** The Node launcher keeps our stdin open; if it dies without stopping us, EOF ends this JVM too. */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // ignore input
                }
            } catch (java.io.IOException ignored) {
                // treated like EOF
            }
            System.exit(0);
        }, "devhost-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void quietLibraryLogs() {
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
                System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.velocity",
                System.getProperty("org.slf4j.simpleLogger.log.org.apache.velocity", "warn"));
    }

    /** Anything outside the context path goes to Confluence's home. */
    private static final class RedirectHome extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Response.sendRedirect(request, response, callback, DevHostUrls.CONTEXT_PATH + "/");
            return true;
        }
    }
}
