package app.docsbridge.core.docs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The only addresses the app fetches from: the configured Docs server, as browsers and as Confluence reach it.
 * Result links name the public address; they are rewritten to the internal one before fetching.
 */
public final class DocsOrigins {

    private final URI publicBase;
    private final URI internalBase;

    public DocsOrigins(String publicUrl, String internalUrl) {
        this.publicBase = parse(publicUrl);
        this.internalBase = internalUrl == null || internalUrl.isEmpty() ? publicBase : parse(internalUrl);
    }

    /** The URL to fetch for a link the Document Server handed out, or an exception when it is not the Docs server's. */
    public URI resolve(String link) throws ForeignUrlException {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException | NullPointerException e) {
            throw new ForeignUrlException("not a URL: " + link);
        }
        if (uri.getUserInfo() != null) {
            throw new ForeignUrlException("URL carries credentials");
        }
        if (hasDotSegment(uri.getPath())) {
            // "/ds/../other-app" passes a prefix check but reaches another application on the same host.
            throw new ForeignUrlException("URL path contains dot segments");
        }
        if (sameOrigin(uri, internalBase) && underPath(uri, internalBase)) {
            return uri;
        }
        if (sameOrigin(uri, publicBase) && underPath(uri, publicBase)) {
            String rest = uri.getRawPath().substring(basePath(publicBase).length());
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return URI.create(stripSlash(internalBase.toString()) + rest + query);
        }
        throw new ForeignUrlException("URL is not on the configured Docs server: " + uri.getScheme() + "://"
                + uri.getHost());
    }

    public URI internalBase() {
        return internalBase;
    }

    private static URI parse(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        return uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static boolean underPath(URI uri, URI base) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String prefix = basePath(base);
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Checks the decoded path, so that {@code %2e%2e} counts as {@code ..} (servers decode before normalising). */
    private static boolean hasDotSegment(String path) {
        if (path == null) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String basePath(URI base) {
        return stripSlash(base.getRawPath() == null ? "" : base.getRawPath());
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
