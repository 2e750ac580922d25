package app.docsbridge.devhost.descriptor;

import java.util.List;

/**
 * An {@code <xhtml-macro>}: Confluence calls its class for each {@code <ac:structured-macro ac:name=name>}; its
 * {@code <parameters>} are what the macro browser shows (MacroMetadataParser, Confluence 8.7.2).
 */
public record MacroModule(String key, String name, String className, List<Parameter> parameters) {

    /** A {@code <parameter name type required default>} of the macro. */
    public record Parameter(String name, String type, boolean required, String defaultValue) {
    }
}
