package app.docsbridge.devhost.descriptor;

import java.util.List;

/** A {@code <component>}: a class the plugin framework instantiates, exposed under its interfaces. */
public record ComponentModule(String key, String className, List<String> interfaces) {
}
