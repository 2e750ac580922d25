package app.docsbridge.web;

import app.docsbridge.core.Html;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Script and style tags for a web-resource of this app, read from the descriptors webpack generated, for the full
 * pages the app renders itself (the editor page is not decorated by Confluence, so nothing else would add them).
 * Resources are linked as the product serves single web-resource files, with their transformations applied.
 */
final class WebResourceLinks {

    static final String DESCRIPTOR = "/META-INF/plugin-descriptors/wr-webpack-bundles.xml";

    private static volatile WebResourceLinks instance;

    private final String pluginKey;
    private final Map<String, List<String>> resourcesByKey;
    private final Map<String, List<String>> localDependencies;

    private WebResourceLinks(String pluginKey, Map<String, List<String>> resources, Map<String, List<String>> deps) {
        this.pluginKey = pluginKey;
        this.resourcesByKey = resources;
        this.localDependencies = deps;
    }

    static WebResourceLinks get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    /** Tags for the web-resource and the app's own web-resources it depends on, dependencies first. */
    String tags(String contextPath, String webResourceKey) {
        // The descriptor never changes while the app runs: the tags are made once per context path and resource.
        return tags.computeIfAbsent(contextPath + "\n" + webResourceKey, k -> makeTags(contextPath, webResourceKey));
    }

    private final Map<String, String> tags = new ConcurrentHashMap<>();

    private String makeTags(String contextPath, String webResourceKey) {
        StringBuilder html = new StringBuilder();
        for (String url : urls(contextPath, webResourceKey)) {
            if (url.endsWith(".css")) {
                html.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(url)).append("\">\n");
            } else if (url.endsWith(".js")) {
                html.append("<script src=\"").append(Html.escape(url)).append("\" defer></script>\n");
            }
        }
        return html.toString();
    }

    /**
     * The URLs of the web-resource's files and of the app's own web-resources it depends on, dependencies first: for
     * a page that loads a part on first use (the editor's file picker) where no WRM runtime is there to require it.
     */
    List<String> urls(String contextPath, String webResourceKey) {
        List<String> urls = new ArrayList<>();
        for (String key : ordered(webResourceKey, new ArrayList<>())) {
            for (String name : resourcesByKey.getOrDefault(key, List.of())) {
                urls.add(contextPath + "/download/resources/" + pluginKey + ":" + key + "/"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return urls;
    }

    private List<String> ordered(String key, List<String> seen) {
        if (seen.contains(key)) {
            return seen;
        }
        for (String dependency : localDependencies.getOrDefault(key, List.of())) {
            ordered(dependency, seen);
        }
        seen.add(key);
        return seen;
    }

    private static WebResourceLinks load() {
        String pluginKey = readPluginKey();
        Map<String, List<String>> resources = new LinkedHashMap<>();
        Map<String, List<String>> deps = new LinkedHashMap<>();
        Document descriptor = parse(DESCRIPTOR);
        NodeList webResources = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < webResources.getLength(); i++) {
            Element webResource = (Element) webResources.item(i);
            String key = webResource.getAttribute("key");
            List<String> names = new ArrayList<>();
            NodeList files = webResource.getElementsByTagName("resource");
            for (int j = 0; j < files.getLength(); j++) {
                names.add(((Element) files.item(j)).getAttribute("name"));
            }
            List<String> local = new ArrayList<>();
            NodeList dependencies = webResource.getElementsByTagName("dependency");
            for (int j = 0; j < dependencies.getLength(); j++) {
                String dependency = dependencies.item(j).getTextContent().trim();
                if (dependency.startsWith(pluginKey + ":")) {
                    local.add(dependency.substring(pluginKey.length() + 1));
                }
            }
            resources.put(key, List.copyOf(names));
            deps.put(key, List.copyOf(local));
        }
        return new WebResourceLinks(pluginKey, resources, deps);
    }

    private static String readPluginKey() {
        return parse("/atlassian-plugin.xml").getDocumentElement().getAttribute("key");
    }

    private static Document parse(String resource) {
        try (InputStream in = WebResourceLinks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: was the frontend built?");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
