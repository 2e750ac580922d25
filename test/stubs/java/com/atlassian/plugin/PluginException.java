// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.plugin;

public class PluginException extends RuntimeException {

    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
