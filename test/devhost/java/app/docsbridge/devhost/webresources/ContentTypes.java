package app.docsbridge.devhost.webresources;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** Content types for served web-resource files. */
final class ContentTypes {

    private static final Map<String, String> KNOWN = Map.of(
            "js", "application/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "json", "application/json;charset=UTF-8",
            "map", "application/json;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "html", "text/html;charset=UTF-8");

    private ContentTypes() {
    }

    static String of(String name) {
        int dot = name.lastIndexOf('.');
        String known = dot < 0 ? null : KNOWN.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
