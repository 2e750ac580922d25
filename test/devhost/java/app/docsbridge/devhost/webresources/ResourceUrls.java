package app.docsbridge.devhost.webresources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where Confluence serves a web-resource file, and what kind of file it is. */
public final class ResourceUrls {

    public static final String DOWNLOAD_PREFIX = "/download/resources/";

    private final String contextPath;

    public ResourceUrls(String contextPath) {
        this.contextPath = contextPath;
    }

    public String url(String completeKey, String name) {
        String encodedName = Arrays.stream(name.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return contextPath + DOWNLOAD_PREFIX + completeKey + "/" + encodedName;
    }

    /** WRM's resource type: JAVASCRIPT, CSS, or null for files pages do not load directly. */
    public static String resourceType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".js")) {
            return "JAVASCRIPT";
        }
        return lower.endsWith(".css") ? "CSS" : null;
    }
}
