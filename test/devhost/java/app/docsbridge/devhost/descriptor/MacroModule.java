package app.docsbridge.devhost.descriptor;

/** An {@code <xhtml-macro>}: Confluence calls its class for each {@code <ac:structured-macro ac:name=name>}. */
public record MacroModule(String key, String name, String className) {
}
