package app.docsbridge.devhost.descriptor;

import java.util.List;
import java.util.Map;

/** A {@code <servlet>}: mounted under {@code /plugins/servlet} at each of its URL patterns. */
public record ServletModule(String key, String className, List<String> urlPatterns, Map<String, String> initParams) {
}
