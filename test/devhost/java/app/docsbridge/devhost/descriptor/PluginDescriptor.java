package app.docsbridge.devhost.descriptor;

import java.util.List;

/** What the dev host needs from atlassian-plugin.xml and the descriptors of its scan folders. */
public record PluginDescriptor(String pluginKey, List<String> i18nLocations, List<ComponentModule> components,
                               List<ServletModule> servlets, List<WebResourceModule> webResources,
                               List<WebItemModule> webItems, List<DownloadResource> pluginResources,
                               List<MacroModule> macros) {
}
