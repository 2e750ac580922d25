// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
