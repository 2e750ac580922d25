package app.docsbridge.devhost.webresources;

import app.docsbridge.devhost.descriptor.DownloadResource;
import app.docsbridge.devhost.descriptor.WebResourceModule;
import app.docsbridge.devhost.pages.Html;

import java.util.List;

/**
 * The {@code <link>}/{@code <script>} tags a page needs for contexts and web-resource keys, dependencies first,
 * each resource once: what PageBuilderService writes into a Confluence page. {@code data-wrm-key} lets the
 * WRM.require shim know what the page already has.
 */
public final class WebResourceTags {

    private final WebResourceRegistry registry;
    private final ResourceUrls urls;

    public WebResourceTags(WebResourceRegistry registry, ResourceUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    public String forContexts(String... contexts) {
        return render(List.of(contexts), List.of());
    }

    public String render(List<String> contexts, List<String> keys) {
        return render(contexts, keys, List.of());
    }

    /** Resources required after the page's head: what the contexts already delivered is not written again. */
    public String render(List<String> contexts, List<String> keys, List<String> excludedContexts) {
        StringBuilder html = new StringBuilder();
        for (WebResourceModule module : registry.resolve(keys, contexts, List.of(), excludedContexts)) {
            for (DownloadResource resource : module.resources()) {
                String type = ResourceUrls.resourceType(resource.name());
                String url = Html.escape(urls.url(module.completeKey(), resource.name()));
                String key = Html.escape(module.completeKey());
                if ("CSS".equals(type)) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(url).append("\" data-wrm-key=\"").append(key)
                            .append("\" data-wrm-batch-type=\"resource\">\n");
                } else if ("JAVASCRIPT".equals(type)) {
                    html.append("<script src=\"").append(url).append("\" data-wrm-key=\"").append(key)
                            .append("\" data-wrm-batch-type=\"resource\"></script>\n");
                }
            }
        }
        return html.toString();
    }
}
