package app.docsbridge.devhost;

import app.docsbridge.devhost.cluster.AppNode;
import app.docsbridge.devhost.cluster.ClusterRouter;
import app.docsbridge.devhost.cluster.NodeSlot;
import app.docsbridge.devhost.cluster.SharedConfluence;
import app.docsbridge.devhost.api.ResetApi;
import app.docsbridge.devhost.descriptor.DescriptorReader;
import app.docsbridge.devhost.descriptor.PluginDescriptor;
import app.docsbridge.devhost.memory.CollectingPageResources;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.DiskAttachmentStore;
import app.docsbridge.devhost.memory.DiskHistoryStore;
import app.docsbridge.devhost.memory.LocalClusterLocks;
import app.docsbridge.devhost.memory.MemoryMailServer;
import app.docsbridge.devhost.memory.MemoryPeopleDirectory;
import app.docsbridge.devhost.memory.MemoryPermissions;
import app.docsbridge.devhost.memory.MemorySettingsStore;
import app.docsbridge.devhost.memory.MemoryUsers;
import app.docsbridge.devhost.memory.PageBodies;
import app.docsbridge.devhost.memory.PropertiesMessages;
import app.docsbridge.devhost.memory.ServiceCalls;
import app.docsbridge.devhost.memory.UserDirectory;
import app.docsbridge.devhost.seed.Seeder;
import app.docsbridge.devhost.webresources.ProductShims;
import app.docsbridge.devhost.webresources.ResourceUrls;
import app.docsbridge.devhost.webresources.WebResourceRegistry;
import app.docsbridge.devhost.webresources.WebResourceTags;
import app.docsbridge.devhost.wiring.ModuleProblems;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
    private final ClusterRouter cluster;

    private DevHost(Server server, ServerConnector connector, DevHostUrls urls, WebResourceTags tags,
                    ModuleProblems problems, String pluginKey, ClusterRouter cluster) {
        this.server = server;
        this.connector = connector;
        this.urls = urls;
        this.tags = tags;
        this.problems = problems;
        this.pluginKey = pluginKey;
        this.cluster = cluster;
    }

    public static void main(String[] args) throws Exception {
        quietLibraryLogs();
        if ("1".equals(System.getenv("DEVHOST_EXIT_WITH_STDIN"))) {
            exitWhenStdinCloses();
        }
        DevHost host = start(DevHostConfig.fromEnvironment(System.getenv()));
        System.out.println("[devhost] plugin " + host.pluginKey + ", " + host.problems.all().size() + " module(s) disabled");
        // The Node launcher reads the node addresses from this line, then waits for the next one.
        System.out.println("DEVHOST_NODES " + String.join(" ", host.nodeUrls()));
        System.out.println("DEVHOST_READY " + host.url());
        host.server.join();
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        ClassLoader loader = DevHost.class.getClassLoader();
        PluginDescriptor descriptor = new DescriptorReader(loader).read(config.extraDescriptors());

        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRelativeRedirectAllowed(true);
        http.setSendServerVersion(false);
        List<ServerConnector> connectors = new ArrayList<>();
        for (int node = 1; node <= config.nodes(); node++) {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost("127.0.0.1");
            connector.setPort(node == 1 ? config.port() : config.node2Port());
            connector.setName("node" + node);
            server.addConnector(connector);
            connectors.add(connector);
        }
        ServerConnector first = connectors.get(0);

        // In-memory Confluence, shared by every node.
        DevHostUrls urls = new DevHostUrls(() -> config.baseUrlOverride() != null ? config.baseUrlOverride()
                : "http://127.0.0.1:" + first.getLocalPort() + DevHostUrls.CONTEXT_PATH);
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
        MemorySettingsStore settings = new MemorySettingsStore(config.settingsSeed());
        PropertiesMessages messages = new PropertiesMessages(descriptor.i18nLocations(), loader);
        WebResourceTags tags = new WebResourceTags(new WebResourceRegistry(descriptor, new ProductShims(urls.contextPath())),
                new ResourceUrls(urls.contextPath()));
        PageBodies bodies = new PageBodies();
        MemoryPeopleDirectory people = new MemoryPeopleDirectory(directory);
        MemoryMailServer mail = new MemoryMailServer(Clock.systemUTC());
        SharedConfluence shared = new SharedConfluence(descriptor, urls, directory, adminKey, space, store, users,
                new MemoryPermissions(directory, space, store), settings, messages, new LocalClusterLocks(), tags,
                new ServiceCalls(), bodies, new CollectingPageResources(descriptor.pluginKey()), history,
                people, mail);

        // The plugin on each node, as the plugin framework would enable it there.
        AtomicReference<ClusterRouter> router = new AtomicReference<>();
        ResetApi.Reset reset = () -> {
            store.clear();
            history.clear();
            Seeder.seed(store, adminKey);
            settings.reset();
            space.setAnonymousView(false);
            space.setRestrictedPages(java.util.Set.of());
            space.forgetViews();
            space.forgetDrafts();
            bodies.clear();
            directory.resetLocales();
            people.setEmailVisibility(app.docsbridge.core.port.EmailVisibility.PUBLIC);
            mail.reset();
            for (NodeSlot node : router.get().nodes()) {
                try {
                    node.restart();
                } catch (Exception e) {
                    throw new java.io.IOException("could not start node " + node.number(), e);
                }
            }
        };
        List<ModuleProblems> problems = new ArrayList<>();
        List<NodeSlot> nodes = new ArrayList<>();
        for (int i = 0; i < connectors.size(); i++) {
            int number = i + 1;
            ModuleProblems nodeProblems = new ModuleProblems(config.strict());
            problems.add(nodeProblems);
            nodes.add(new NodeSlot(number, connectors.get(i),
                    () -> AppNode.wire(number, shared, nodeProblems, reset, router::get)));
        }
        router.set(new ClusterRouter(DevHostUrls.CONTEXT_PATH, nodes));

        server.setHandler(new Handler.Sequence(router.get(), new RedirectHome()));
        server.setStopAtShutdown(true);
        server.start();
        return new DevHost(server, first, urls, tags, problems.get(0), descriptor.pluginKey(), router.get());
    }

    /** Each node's own address, node 1 first ({@link #url()} is the base URL the app is configured with). */
    public List<String> nodeUrls() {
        return cluster.nodes().stream()
                .map(n -> "http://127.0.0.1:" + n.connector().getLocalPort() + DevHostUrls.CONTEXT_PATH).toList();
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
