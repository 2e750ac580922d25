// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.setup.settings;

/** Deprecated since 8 but present on 10.0.3 (the ONLYOFFICE connector 7.4.2 imports it). */
public interface SettingsManager {

    Settings getGlobalSettings();
}
