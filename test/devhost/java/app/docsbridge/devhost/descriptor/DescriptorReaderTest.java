package app.docsbridge.devhost.descriptor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptorReaderTest {

    @TempDir
    Path classes;

    @Test
    void readsModulesFromThePluginXmlItsScanFoldersAndExtraFiles() throws IOException {
        write("atlassian-plugin.xml", """
                <atlassian-plugin key="my.plugin">
                  <plugin-info><scan-modules><folder>META-INF/plugin-descriptors</folder></scan-modules></plugin-info>
                  <resource type="i18n" name="i18n" location="i18n/mine"/>
                  <component key="store" class="a.Store"><interface>a.Port</interface></component>
                  <component-import key="x" interface="com.atlassian.X"/>
                  <servlet key="s" class="a.Servlet"><url-pattern>/mine/*</url-pattern></servlet>
                  <web-item key="open" section="system.attachment" weight="5">
                    <label key="label.open"/>
                    <link>/plugins/servlet/mine?id=$attachment.id</link>
                    <styleClass>open</styleClass>
                    <conditions type="OR">
                      <condition class="a.One"><param name="action">edit</param></condition>
                      <condition class="a.Two" invert="true"/>
                    </conditions>
                  </web-item>
                </atlassian-plugin>
                """);
        write("META-INF/plugin-descriptors/wr-webpack-bundles.xml", """
                <bundles>
                  <web-resource key="editor">
                    <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    <context>my.context</context>
                    <dependency>other:dep</dependency>
                    <resource type="download" name="editor.js" location="frontend/editor.js"/>
                  </web-resource>
                </bundles>
                """);
        Path extra = classes.resolve("extra.xml");
        Files.writeString(extra, "<atlassian-plugin><servlet key=\"probe\" class=\"a.Probe\"><url-pattern>/p</url-pattern></servlet></atlassian-plugin>");

        PluginDescriptor d = reader().read(List.of(extra));

        assertEquals("my.plugin", d.pluginKey());
        assertEquals(List.of("i18n/mine"), d.i18nLocations());
        assertEquals(List.of(new ComponentModule("store", "a.Store", List.of("a.Port"))), d.components());
        assertEquals(List.of("s", "probe"), d.servlets().stream().map(ServletModule::key).toList());
        WebResourceModule editor = d.webResources().get(0);
        assertEquals("my.plugin:editor", editor.completeKey());
        assertEquals(List.of("other:dep"), editor.dependencies());
        assertEquals(List.of("jsI18n"), editor.transformersFor("editor.js"));
        assertEquals(List.of(), editor.transformersFor("editor.css"));
        WebItemModule item = d.webItems().get(0);
        assertEquals("label.open", item.labelKey());
        assertEquals(5, item.weight());
        ConditionNode.Group or = (ConditionNode.Group) item.condition().orElseThrow();
        assertEquals(false, or.and());
        assertEquals(new ConditionNode.Single("a.One", false, Map.of("action", "edit")), or.children().get(0));
        assertTrue(((ConditionNode.Single) or.children().get(1)).invert());
    }

    @Test
    void refusesAnUnfilteredDescriptor() throws IOException {
        write("atlassian-plugin.xml", "<atlassian-plugin key=\"${atlassian.plugin.key}\"/>");

        IOException error = assertThrows(IOException.class, () -> reader().read(List.of()));
        assertTrue(error.getMessage().contains("not filtered"));
    }

    private DescriptorReader reader() throws IOException {
        // No parent: only the temporary class path is visible, not the app's real descriptor.
        return new DescriptorReader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    private void write(String name, String content) throws IOException {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
