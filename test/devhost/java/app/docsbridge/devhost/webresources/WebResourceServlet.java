package app.docsbridge.devhost.webresources;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import app.docsbridge.devhost.descriptor.DownloadResource;
import app.docsbridge.devhost.descriptor.WebResourceModule;
import app.docsbridge.devhost.memory.PropertiesMessages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>} (also behind Confluence's {@code /s/.../_/}
 * batch prefix, which webpack's public path uses): the file from the class path, jsI18n applied where declared.
 */
public final class WebResourceServlet extends HttpServlet {

    private static final String BATCH_MARKER = "/_" + ResourceUrls.DOWNLOAD_PREFIX;

    private final WebResourceRegistry registry;
    private final ProductShims shims;
    private final PropertiesMessages messages;
    private final Users users;
    private final ClassLoader loader;

    public WebResourceServlet(WebResourceRegistry registry, ProductShims shims, PropertiesMessages messages,
                              Users users, ClassLoader loader) {
        this.registry = registry;
        this.shims = shims;
        this.messages = messages;
        this.users = users;
        this.loader = loader;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        int marker = path.indexOf(BATCH_MARKER);
        String rest = marker >= 0 ? path.substring(marker + BATCH_MARKER.length())
                : path.startsWith(ResourceUrls.DOWNLOAD_PREFIX) ? path.substring(ResourceUrls.DOWNLOAD_PREFIX.length()) : null;
        int slash = rest == null ? -1 : rest.indexOf('/');
        if (slash <= 0) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        String name = URLDecoder.decode(rest.substring(slash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<WebResourceModule> module = registry.module(key);
        if (module.isEmpty() || name.isEmpty() || List.of(name.split("/")).contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> shim = shims.script(key, name);
        byte[] body = shim.isPresent() ? shim.get().getBytes(StandardCharsets.UTF_8) : read(module.get(), name);
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (module.get().transformersFor(name).contains(JsI18n.TRANSFORMER_KEY)) {
            Locale locale = users.locale(users.current().map(AppUser::key).orElse(null));
            String js = JsI18n.transform(new String(body, StandardCharsets.UTF_8), k -> messages.raw(locale, k).orElse(null));
            body = js.getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentType(ContentTypes.of(name));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The module's resource by name, else a folder resource, else the plugin's own download resources. */
    private byte[] read(WebResourceModule module, String name) throws IOException {
        Optional<String> location = locate(module.resources(), name);
        if (location.isEmpty() && registry.isPluginModule(module.completeKey())) {
            location = locate(registry.pluginResources(), name);
        }
        if (location.isEmpty()) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(location.get().replaceFirst("^/+", ""))) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static Optional<String> locate(List<DownloadResource> resources, String name) {
        for (DownloadResource r : resources) {
            if (r.name().equals(name)) {
                return Optional.of(r.location());
            }
        }
        for (DownloadResource r : resources) {
            if (r.isFolder() && name.startsWith(r.name())) {
                String folder = r.location().endsWith("/") ? r.location() : r.location() + "/";
                return Optional.of(folder + name.substring(r.name().length()));
            }
        }
        return Optional.empty();
    }
}
