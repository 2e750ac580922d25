package app.docsbridge.devhost.cluster;

import app.docsbridge.devhost.api.AttachmentsApi;
import app.docsbridge.devhost.api.FaultsApi;
import app.docsbridge.devhost.api.MailApi;
import app.docsbridge.devhost.api.PeopleApi;
import app.docsbridge.devhost.api.MetricsApi;
import app.docsbridge.devhost.api.SaveFloorApi;
import app.docsbridge.devhost.api.NodesApi;
import app.docsbridge.devhost.api.PagesApi;
import app.docsbridge.devhost.api.DraftsApi;
import app.docsbridge.devhost.api.ResetApi;
import app.docsbridge.devhost.api.SessionApi;
import app.docsbridge.devhost.api.SettingsApi;
import app.docsbridge.devhost.api.SpaceApi;
import app.docsbridge.devhost.api.StatusApi;
import app.docsbridge.confluence.ConfluenceRemovalEvents;
import app.docsbridge.core.port.RemovalEvents;
import app.docsbridge.devhost.memory.AttachmentRemovals;
import app.docsbridge.devhost.memory.DevEventPublisher;
import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.RequestScopeFilter;
import app.docsbridge.devhost.pages.AttachmentDownloadServlet;
import app.docsbridge.devhost.pages.AttachmentsPage;
import app.docsbridge.devhost.pages.ContentResource;
import app.docsbridge.devhost.pages.ContentSearchResource;
import app.docsbridge.devhost.pages.MacroBrowserPage;
import app.docsbridge.devhost.pages.Decorator;
import app.docsbridge.devhost.pages.AvatarServlet;
import app.docsbridge.devhost.pages.HomePage;
import app.docsbridge.devhost.pages.PageLayout;
import app.docsbridge.devhost.pages.PageViewPage;
import app.docsbridge.devhost.pages.WebItems;
import app.docsbridge.devhost.session.LoginPage;
import app.docsbridge.devhost.session.SessionServlet;
import app.docsbridge.devhost.session.SessionUserFilter;
import app.docsbridge.devhost.session.TraceRefusal;
import app.docsbridge.devhost.webresources.ProductShims;
import app.docsbridge.devhost.webresources.ResourceUrls;
import app.docsbridge.devhost.webresources.WebResourceRegistry;
import app.docsbridge.devhost.webresources.WebResourceServlet;
import app.docsbridge.devhost.webresources.WrmResourcesServlet;
import app.docsbridge.devhost.wiring.Autowirer;
import app.docsbridge.devhost.wiring.ModuleProblems;
import app.docsbridge.devhost.wiring.PluginComponents;
import app.docsbridge.devhost.wiring.PluginMacros;
import app.docsbridge.devhost.wiring.PluginServlets;
import app.docsbridge.devhost.container.AppContext;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.server.Handler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One full wiring of the app, as one Confluence node's plugin framework would enable it: its own component
 * instances, servlets and web-item conditions, over the {@link SharedConfluence}. Confluence's own pages and the
 * dev host's test API are served by every node too (they only touch the shared parts).
 */
public final class AppNode {

    private AppNode() {
    }

    /** The wiring of node {@code number}; {@code cluster} is asked for lazily (it exists once all nodes do). */
    public static Handler wire(int number, SharedConfluence shared, ModuleProblems problems,
                                             ResetApi.Reset reset, Supplier<ClusterRouter> cluster) {
        ClassLoader loader = AppNode.class.getClassLoader();
        // Confluence's events stay on the node that publishes them: each node has its own bus.
        DevEventPublisher events = new DevEventPublisher();
        Map<Class<?>, Object> ports = new HashMap<>(shared.ports());
        ports.put(RemovalEvents.class, new ConfluenceRemovalEvents(events));
        Autowirer components = PluginComponents.wire(shared.descriptor().components(), ports, loader, problems);
        ProductShims shims = new ProductShims(shared.urls().contextPath());
        WebResourceRegistry registry = new WebResourceRegistry(shared.descriptor(), shims);
        ResourceUrls resourceUrls = new ResourceUrls(shared.urls().contextPath());
        WebItems webItems = new WebItems(shared.descriptor().webItems(), components, loader, shared.messages(), problems);
        PageLayout layout = new PageLayout(shared.tags(), shared.users());

        AppContext context = new AppContext(DevHostUrls.CONTEXT_PATH);
        if (number > 1) {
            // Cookies ignore ports: a browser using two node ports must not have one node's session id clobber
            // the other's (in production one address and a sticky load balancer achieve the same).
            context.setSessionCookie("JSESSIONID_NODE" + number);
        }
        context.addRequestFilter(new TraceRefusal(), "/*");
        context.addRequestFilter(new RequestScopeFilter(), "/*");
        context.addRequestFilter(new SessionUserFilter(shared.directory()), "/*");
        // Plugin pages that name a SiteMesh decorator get what Confluence's decorator adds (superbatch globals).
        context.addRequestFilter(new Decorator(shared.tags(), shared.pageResources()), "/plugins/servlet/*");
        List<String> pluginPaths = PluginServlets.mount(shared.descriptor().servlets(), context, components, loader,
                shared.users(), shared.permissions(), shared.urls(), shared.directory()::isLicensed, problems);

        mount(context, new HomePage(shared.space(), shared.directory(), layout), "");
        mount(context, new LoginPage(shared.directory(), layout), "/login.action");
        mount(context, new AttachmentsPage(shared.space(), shared.store(), shared.permissions(), shared.users(),
                shared.directory(), shared.urls(), webItems, layout), "/pages/viewpageattachments.action");
        mount(context, new PageViewPage(shared.space(), shared.bodies(), shared.permissions(), shared.users(),
                shared.urls(), PluginMacros.create(shared.descriptor().macros(), components, loader, problems),
                shared.pageResources(), shared.tags(), layout), "/pages/viewpage.action");
        mount(context, new AttachmentDownloadServlet(shared.store(), shared.permissions(), shared.users(),
                shared.urls()), "/download/attachments/*");
        mount(context, new WebResourceServlet(registry, shims, shared.messages(), shared.users(), loader),
                "/download/resources/*", "/s/*");
        mount(context, new WrmResourcesServlet(registry, resourceUrls), "/rest/webResources/1.0/resources");
        mount(context, new ContentSearchResource(shared.space(), shared.store(), shared.permissions(), shared.users()),
                "/rest/api/content/search");
        mount(context, new ContentResource(shared.space(), shared.permissions(), shared.users()), "/rest/api/content/*");
        mount(context, new MacroBrowserPage(shared.space(), shared.permissions(), shared.users(), shared.messages(),
                shared.descriptor().pluginKey(), shared.descriptor().macros(), shared.tags(), layout),
                "/devhost/macro-browser");
        mount(context, new SessionServlet(shared.directory()), "/devhost/login", "/devhost/logout");
        mount(context, new SessionApi(shared.users()), "/devhost/api/session");
        mount(context, new AvatarServlet(shared.directory()), "/devhost/avatars/*");
        mount(context, new AttachmentsApi(shared.store(), shared.space(), shared.directory(),
                        new AttachmentRemovals(shared.store(), events), shared.history()),
                "/devhost/api/attachments", "/devhost/api/attachments/*");
        mount(context, new FaultsApi(shared.store()), "/devhost/api/faults");
        mount(context, new SettingsApi(shared.settings()), "/devhost/api/settings");
        mount(context, new SpaceApi(shared.space()), "/devhost/api/space");
        mount(context, new MailApi(shared.mail()), "/devhost/api/mail", "/devhost/api/mail/*");
        mount(context, new PeopleApi(shared.people()), "/devhost/api/people");
        mount(context, new PagesApi(shared.space(), shared.bodies()), "/devhost/api/pages/*");
        mount(context, new DraftsApi(shared.space()), "/devhost/api/drafts");
        mount(context, new StatusApi(shared.descriptor().pluginKey(), shared.urls()::baseUrl, pluginPaths, problems),
                "/devhost/api/status");
        mount(context, new NodesApi(cluster, number), "/devhost/api/nodes");
        mount(context, new MetricsApi(shared.calls()), "/devhost/api/metrics");
        mount(context, new SaveFloorApi(shared.store().tempFolder()), "/devhost/api/save-floor");
        mount(context, new ResetApi(reset), "/devhost/api/reset");
        return context.handler();
    }

    private static void mount(AppContext context, HttpServlet servlet, String... paths) {
        context.addServlet(servlet, paths);
    }
}
