package app.docsbridge.devhost.descriptor;

import java.util.List;
import java.util.Map;

/**
 * A {@code <web-resource>}. {@code completeKey} is {@code pluginKey:key}; {@code transformers} maps a file
 * extension to the transformer keys declared for it (e.g. {@code js -> [jsI18n]}).
 */
public record WebResourceModule(String completeKey, List<String> dependencies, List<String> contexts,
                                List<DownloadResource> resources, Map<String, List<String>> transformers) {

    public List<String> transformersFor(String resourceName) {
        int dot = resourceName.lastIndexOf('.');
        return dot < 0 ? List.of() : transformers.getOrDefault(resourceName.substring(dot + 1), List.of());
    }
}
