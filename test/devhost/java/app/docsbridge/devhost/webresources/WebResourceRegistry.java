package app.docsbridge.devhost.webresources;

import app.docsbridge.devhost.descriptor.DownloadResource;
import app.docsbridge.devhost.descriptor.PluginDescriptor;
import app.docsbridge.devhost.descriptor.WebResourceModule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** All web-resources (the app's and the product shims) and the WRM's dependency resolution over them. */
public final class WebResourceRegistry {

    private final Map<String, WebResourceModule> modules = new LinkedHashMap<>();
    private final List<DownloadResource> pluginResources;
    private final String pluginKey;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public WebResourceRegistry(PluginDescriptor descriptor, ProductShims shims) {
        this.pluginKey = descriptor.pluginKey();
        this.pluginResources = descriptor.pluginResources();
        descriptor.webResources().forEach(m -> modules.put(m.completeKey(), m));
        shims.modules().forEach(m -> modules.putIfAbsent(m.completeKey(), m));
    }

    public Optional<WebResourceModule> module(String completeKey) {
        return Optional.ofNullable(modules.get(completeKey));
    }

    public boolean isPluginModule(String completeKey) {
        return completeKey.startsWith(pluginKey + ":");
    }

    public List<DownloadResource> pluginResources() {
        return pluginResources;
    }

    /**
     * Web-resources to load for {@code keys} and {@code contexts}, dependencies first, each once, leaving out what
     * the page already has ({@code loadedKeys}, {@code loadedContexts}) together with their dependencies.
     */
    public List<WebResourceModule> resolve(Collection<String> keys, Collection<String> contexts,
                                           Collection<String> loadedKeys, Collection<String> loadedContexts) {
        Set<String> excluded = new LinkedHashSet<>();
        List<String> loadedRoots = new ArrayList<>(loadedKeys);
        loadedContexts.forEach(c -> loadedRoots.addAll(inContext(c)));
        loadedRoots.forEach(k -> visit(k, Set.of(), excluded, new ArrayList<>()));

        Set<String> visited = new LinkedHashSet<>();
        List<WebResourceModule> ordered = new ArrayList<>();
        for (String key : keys) {
            visit(key, excluded, visited, ordered);
        }
        for (String context : contexts) {
            inContext(context).forEach(k -> visit(k, excluded, visited, ordered));
        }
        return ordered;
    }

    /**
     * A web-resource is in its declared contexts and, implicitly, in the context named after its complete key: the
     * webpack plugin's runtime loads async chunks with {@code WRM.require('wrc!pluginKey:chunkId')}.
     */
    private List<String> inContext(String context) {
        return modules.values().stream()
                .filter(m -> m.contexts().contains(context) || m.completeKey().equals(context))
                .map(WebResourceModule::completeKey).toList();
    }

    private void visit(String key, Set<String> excluded, Set<String> visited, List<WebResourceModule> ordered) {
        if (excluded.contains(key) || !visited.add(key)) {
            return;
        }
        WebResourceModule module = modules.get(key);
        if (module == null) {
            if (warned.add(key)) {
                System.err.println("[devhost] unknown web-resource " + key + " (not in the descriptors, no shim)");
            }
            return;
        }
        module.dependencies().forEach(d -> visit(d, excluded, visited, ordered));
        ordered.add(module);
    }
}
