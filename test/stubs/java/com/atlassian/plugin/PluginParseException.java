// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.plugin;

public class PluginParseException extends PluginException {

    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
