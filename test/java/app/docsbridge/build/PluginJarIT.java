package app.docsbridge.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Opens the built app jar and checks what the plugin framework will check when an administrator uploads it. */
class PluginJarIT {

    private static JarFile jar;
    private static Element plugin;
    private static String pluginKey;
    private static Properties i18n;

    @BeforeAll
    static void openJar() throws Exception {
        jar = new JarFile(System.getProperty("app.jar"));
        plugin = parse(jar.getInputStream(entry("atlassian-plugin.xml"))).getDocumentElement();
        pluginKey = System.getProperty("app.pluginKey");
        i18n = new Properties();
        try (InputStream in = jar.getInputStream(entry("i18n/docsbridge.properties"))) {
            i18n.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void descriptor_shouldNameTheSameKeyAndVersionAsTheBuild() {
        assertEquals(pluginKey, plugin.getAttribute("key"));
        assertFalse(pluginKey.startsWith("onlyoffice."), "must not collide with the official connector's key");
        assertEquals(System.getProperty("app.version"), text(child(plugin, "plugin-info"), "version"));
        assertFalse(plugin.getAttribute("name").contains("${"), "descriptor was not filtered");
        assertEquals("2", plugin.getAttribute("plugins-version"));
    }

    @Test
    void everyClassTheDescriptorNames_shouldBeInTheJar() {
        List<String> classes = new ArrayList<>();
        for (String tag : List.of("component", "servlet", "condition", "servlet-filter")) {
            NodeList nodes = plugin.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(((Element) nodes.item(i)).getAttribute("class"));
                NodeList interfaces = ((Element) nodes.item(i)).getElementsByTagName("interface");
                for (int j = 0; j < interfaces.getLength(); j++) {
                    classes.add(interfaces.item(j).getTextContent().trim());
                }
            }
        }
        assertFalse(classes.isEmpty());
        for (String name : classes) {
            assertNotNull(jar.getEntry(name.replace('.', '/') + ".class"), name + " is named but not packaged");
        }
    }

    @Test
    void componentImports_shouldBeProductInterfacesNotPackaged() {
        NodeList imports = plugin.getElementsByTagName("component-import");
        assertTrue(imports.getLength() > 0);
        for (int i = 0; i < imports.getLength(); i++) {
            String name = ((Element) imports.item(i)).getAttribute("interface");
            assertTrue(name.startsWith("com.atlassian."), name);
        }
    }

    @Test
    void jar_shouldContainNoAtlassianClasses() {
        jar.stream().map(ZipEntry::getName).forEach(name ->
                assertFalse(name.startsWith("com/atlassian/"), "compile-only stub packaged: " + name));
    }

    @Test
    void i18nResource_shouldExistAndHoldEveryLabelKey() {
        Element resource = null;
        NodeList resources = plugin.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            if ("i18n".equals(r.getAttribute("type"))) {
                resource = r;
            }
        }
        assertNotNull(resource, "no i18n resource");
        assertNotNull(jar.getEntry(resource.getAttribute("location").replace('.', '/') + ".properties"));
        NodeList labels = plugin.getElementsByTagName("label");
        for (int i = 0; i < labels.getLength(); i++) {
            String key = ((Element) labels.item(i)).getAttribute("key");
            assertTrue(i18n.containsKey(key), "label key missing from i18n: " + key);
        }
    }

    @Test
    void generatedWebResources_shouldBeScannedAndPointAtFilesInTheJar() throws Exception {
        String folder = text(child(child(plugin, "plugin-info"), "scan-modules"), "folder");
        List<JarEntry> descriptors = jar.stream()
                .filter(e -> e.getName().startsWith(folder + "/") && e.getName().endsWith(".xml")).toList();
        assertFalse(descriptors.isEmpty(), "no web-resource descriptors in " + folder);
        Set<String> keys = new HashSet<>();
        for (JarEntry descriptor : descriptors) {
            NodeList webResources = parse(jar.getInputStream(descriptor)).getElementsByTagName("web-resource");
            for (int i = 0; i < webResources.getLength(); i++) {
                Element webResource = (Element) webResources.item(i);
                keys.add(webResource.getAttribute("key"));
                NodeList files = webResource.getElementsByTagName("resource");
                for (int j = 0; j < files.getLength(); j++) {
                    String location = ((Element) files.item(j)).getAttribute("location");
                    assertNotNull(jar.getEntry(location), "web-resource " + webResource.getAttribute("key")
                            + " points at missing " + location);
                }
            }
        }
        assertTrue(keys.containsAll(Set.of("attachment-actions", "admin-page", "editor-launcher")), keys.toString());
    }

    @Test
    void bundledLibraries_shouldSitInMetaInfLibAsValidJars() throws IOException {
        List<JarEntry> libraries = jar.stream()
                .filter(e -> e.getName().startsWith("META-INF/lib/") && e.getName().endsWith(".jar")).toList();
        Set<String> names = new HashSet<>();
        for (JarEntry library : libraries) {
            String name = library.getName().substring("META-INF/lib/".length());
            names.add(name.replaceAll("-[0-9].*", ""));
            try (JarInputStream in = new JarInputStream(jar.getInputStream(library))) {
                assertNotNull(in.getNextJarEntry(), name + " is not a jar");
            }
            assertFalse(name.startsWith("jakarta.servlet") || name.startsWith("atlassian")
                    || name.startsWith("confluence"), "provided by the product, must not be bundled: " + name);
        }
        assertTrue(names.containsAll(Set.of("jackson-databind", "jackson-core", "jackson-annotations", "java-jwt")),
                names.toString());
    }

    @Test
    void appClasses_shouldTargetJava17() throws IOException {
        JarEntry anyClass = jar.stream().filter(e -> e.getName().startsWith("app/docsbridge/")
                && e.getName().endsWith(".class")).findFirst().orElseThrow();
        try (DataInputStream in = new DataInputStream(jar.getInputStream(anyClass))) {
            assertEquals(0xCAFEBABE, in.readInt());
            in.readUnsignedShort();
            assertEquals(61, in.readUnsignedShort(), "class file version");
        }
    }

    @Test
    void templatesAndDataFiles_shouldBePackaged() {
        for (String name : List.of("templates/editor.vm", "templates/message.vm", "docsbridge/formats.json",
                "docsbridge/settings-schema.json")) {
            assertNotNull(jar.getEntry(name), name);
        }
    }

    private static JarEntry entry(String name) {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) {
            fail(name + " is missing from the jar");
        }
        return entry;
    }

    private static Document parse(InputStream in) throws Exception {
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        assertTrue(nodes.getLength() > 0, "<" + name + "> missing");
        return (Element) nodes.item(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
