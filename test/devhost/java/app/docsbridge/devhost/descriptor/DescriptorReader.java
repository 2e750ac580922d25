package app.docsbridge.devhost.descriptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads atlassian-plugin.xml from the class path plus every XML file of its {@code <scan-modules>} folders, the way
 * the plugin framework does; extra descriptor files (dev host test fixtures) are read as if they were in a scan folder.
 */
public final class DescriptorReader {

    public static final String PLUGIN_XML = "atlassian-plugin.xml";

    private final ClassLoader loader;

    public DescriptorReader(ClassLoader loader) {
        this.loader = loader;
    }

    public PluginDescriptor read(List<Path> extraFiles) throws IOException {
        Element root = parse(PLUGIN_XML);
        String pluginKey = root.getAttribute("key");
        if (pluginKey.isBlank() || pluginKey.contains("${")) {
            throw new IOException("atlassian-plugin.xml on the class path is not filtered (key=\"" + pluginKey
                    + "\"): build with mvn -Poffline process-resources first");
        }
        Builder modules = new Builder(pluginKey);
        modules.addAll(root);
        for (String folder : scanFolders(root)) {
            for (String file : ClasspathFolder.xmlFiles(loader, folder)) {
                modules.addAll(parse(file));
            }
        }
        for (Path file : extraFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                modules.addAll(parse(in, file.toString()));
            }
        }
        return modules.build();
    }

    private static List<String> scanFolders(Element root) {
        List<String> folders = new ArrayList<>();
        for (Element info : children(root, "plugin-info")) {
            for (Element scan : children(info, "scan-modules")) {
                children(scan, "folder").forEach(f -> folders.add(f.getTextContent().trim()));
            }
        }
        return folders;
    }

    private Element parse(String classpathName) throws IOException {
        try (InputStream in = loader.getResourceAsStream(classpathName)) {
            if (in == null) {
                throw new IOException(classpathName + " is not on the class path (build the app first)");
            }
            return parse(in, classpathName);
        }
    }

    private static Element parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(in);
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse " + name + ": " + e.getMessage(), e);
        }
    }

    /** Collects modules in document order, from every file. */
    private static final class Builder {
        private final String pluginKey;
        private final List<String> i18n = new ArrayList<>();
        private final List<ComponentModule> components = new ArrayList<>();
        private final List<ServletModule> servlets = new ArrayList<>();
        private final List<WebResourceModule> webResources = new ArrayList<>();
        private final List<WebItemModule> webItems = new ArrayList<>();
        private final List<DownloadResource> resources = new ArrayList<>();
        private final List<MacroModule> macros = new ArrayList<>();

        Builder(String pluginKey) {
            this.pluginKey = pluginKey;
        }

        void addAll(Element root) {
            for (Element module : children(root, null)) {
                switch (module.getTagName()) {
                    case "resource" -> addResource(module);
                    case "component" -> components.add(component(module));
                    case "servlet" -> servlets.add(servlet(module));
                    case "web-resource" -> webResources.add(webResource(module));
                    case "web-item" -> webItems.add(webItem(module));
                    case "xhtml-macro" -> macros.add(new MacroModule(module.getAttribute("key"),
                            module.getAttribute("name"), module.getAttribute("class").trim(), macroParameters(module)));
                    default -> { /* other module types mean nothing to the dev host */ }
                }
            }
        }

        private List<MacroModule.Parameter> macroParameters(Element macro) {
            List<MacroModule.Parameter> parameters = new ArrayList<>();
            for (Element group : children(macro, "parameters")) {
                for (Element p : children(group, "parameter")) {
                    parameters.add(new MacroModule.Parameter(p.getAttribute("name"), p.getAttribute("type"),
                            "true".equals(p.getAttribute("required")),
                            p.hasAttribute("default") ? p.getAttribute("default") : null));
                }
            }
            return List.copyOf(parameters);
        }

        private void addResource(Element resource) {
            switch (resource.getAttribute("type")) {
                case "i18n" -> i18n.add(resource.getAttribute("location"));
                case "download" -> resources.add(download(resource));
                default -> { }
            }
        }

        private static ComponentModule component(Element e) {
            List<String> interfaces = new ArrayList<>(texts(e, "interface"));
            if (!e.getAttribute("interface").isBlank()) {
                interfaces.add(e.getAttribute("interface").trim());
            }
            return new ComponentModule(e.getAttribute("key"), e.getAttribute("class").trim(), interfaces);
        }

        private static ServletModule servlet(Element e) {
            Map<String, String> params = new LinkedHashMap<>();
            for (Element p : children(e, "init-param")) {
                params.put(text(p, "param-name"), text(p, "param-value"));
            }
            return new ServletModule(e.getAttribute("key"), e.getAttribute("class").trim(), texts(e, "url-pattern"), params);
        }

        private WebResourceModule webResource(Element e) {
            Map<String, List<String>> transformers = new LinkedHashMap<>();
            for (Element t : children(e, "transformation")) {
                List<String> keys = children(t, "transformer").stream().map(x -> x.getAttribute("key")).toList();
                transformers.put(t.getAttribute("extension"), keys);
            }
            List<DownloadResource> files = children(e, "resource").stream()
                    .filter(r -> "download".equals(r.getAttribute("type"))).map(Builder::download).toList();
            return new WebResourceModule(pluginKey + ":" + e.getAttribute("key"), texts(e, "dependency"),
                    texts(e, "context"), files, transformers);
        }

        private static WebItemModule webItem(Element e) {
            Element label = first(e, "label");
            Element tooltip = first(e, "tooltip");
            Element link = first(e, "link");
            String weight = e.getAttribute("weight");
            return new WebItemModule(e.getAttribute("key"), e.getAttribute("section"),
                    weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()),
                    label == null ? null : label.getAttribute("key"), tooltip == null ? null : tooltip.getAttribute("key"),
                    text(e, "link"), link == null || !link.hasAttribute("linkId") ? null : link.getAttribute("linkId"),
                    text(e, "styleClass"), conditions(e, true));
        }

        /** Several conditions side by side must all hold, as in the plugin framework. */
        private static Optional<ConditionNode> conditions(Element parent, boolean and) {
            List<ConditionNode> nodes = new ArrayList<>();
            for (Element child : children(parent, null)) {
                if (child.getTagName().equals("condition")) {
                    Map<String, String> params = new LinkedHashMap<>();
                    for (Element p : children(child, "param")) {
                        String value = p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim();
                        params.put(p.getAttribute("name"), value);
                    }
                    nodes.add(new ConditionNode.Single(child.getAttribute("class").trim(),
                            "true".equals(child.getAttribute("invert")), params));
                } else if (child.getTagName().equals("conditions")) {
                    boolean childAnd = !"OR".equalsIgnoreCase(child.getAttribute("type"));
                    conditions(child, childAnd).ifPresent(nodes::add);
                }
            }
            if (nodes.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(nodes.size() == 1 ? nodes.get(0) : new ConditionNode.Group(and, nodes));
        }

        private static DownloadResource download(Element e) {
            return new DownloadResource(e.getAttribute("name"), e.getAttribute("location"));
        }

        PluginDescriptor build() {
            return new PluginDescriptor(pluginKey, List.copyOf(i18n), List.copyOf(components), List.copyOf(servlets),
                    List.copyOf(webResources), List.copyOf(webItems), List.copyOf(resources), List.copyOf(macros));
        }
    }

    /** Direct child elements, all of them when {@code tag} is null. */
    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static String text(Element parent, String tag) {
        Element e = first(parent, tag);
        return e == null ? null : e.getTextContent().trim();
    }
}
