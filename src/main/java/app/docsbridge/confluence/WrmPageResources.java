package app.docsbridge.confluence;

import app.docsbridge.core.port.PageResources;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;

/**
 * Requires one of the app's web-resources for the page being rendered, with
 * {@code pageBuilderService.assembler().resources().requireWebResource(key)} (atlassian-plugins-webresource-api 6.1.1
 * in Confluence 8.7.2; called the same way by Atlassian's Slack integration built against Confluence 10.0.1).
 * Confluence writes the tags of everything required while rendering into the page, once each.
 */
public class WrmPageResources implements PageResources {

    private final PageBuilderService pageBuilderService;
    private volatile String pluginKey;

    public WrmPageResources(PageBuilderService pageBuilderService) {
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public void require(String webResourceKey) {
        pageBuilderService.assembler().resources().requireWebResource(pluginKey() + ":" + webResourceKey);
    }

    /** The descriptor's key (filled in from the pom at build time): one source for the plugin key. */
    private String pluginKey() {
        if (pluginKey == null) {
            try (InputStream in = WrmPageResources.class.getResourceAsStream("/atlassian-plugin.xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                pluginKey = factory.newDocumentBuilder().parse(in).getDocumentElement().getAttribute("key");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the plugin key from atlassian-plugin.xml", e);
            }
        }
        return pluginKey;
    }
}
