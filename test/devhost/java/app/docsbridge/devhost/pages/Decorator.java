package app.docsbridge.devhost.pages;

import app.docsbridge.devhost.memory.CollectingPageResources;
import app.docsbridge.devhost.webresources.ProductShims;
import app.docsbridge.devhost.webresources.WebResourceTags;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confluence's SiteMesh decoration of plugin pages, reduced to what an app depends on: an HTML page that names a
 * decorator ({@code <meta name="decorator" content="atl.admin">}, as the official connector's configure.vm and
 * editor.vm do) gets the superbatch (AUI's AJS, jQuery, the WRM client) and the decorator's web-resource contexts
 * ({@code atl.general} and the decorator's own) at the top of its head, so its scripts run with the product's globals,
 * followed by what the servlet required through {@code PageBuilderService} while rendering — as plain scripts in the
 * head, which run before the body is parsed, as in Confluence. Pages without the meta tag are served as written
 * (what they required is dropped: nothing writes it). Only HTML is buffered; files stream through untouched.
 */
public final class Decorator implements Filter {

    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"([\\w.-]+)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>", Pattern.CASE_INSENSITIVE);

    private final WebResourceTags tags;
    private final CollectingPageResources required;

    public Decorator(WebResourceTags tags, CollectingPageResources required) {
        this.tags = tags;
        this.required = required;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"GET".equals(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HtmlCapture capture = new HtmlCapture((HttpServletResponse) response);
        required.drain();
        try {
            chain.doFilter(request, capture);
            capture.finish();
        } finally {
            required.drain();
        }
    }

    /** The page with the decorator's resources, or the page as it is when it names no decorator. */
    String decorate(String html) {
        List<String> requiredKeys = required.drain();
        Matcher decorator = DECORATOR.matcher(html);
        Matcher head = HEAD.matcher(html);
        if (!decorator.find() || !head.find()) {
            return html;
        }
        List<String> keys = new java.util.ArrayList<>(ProductShims.SUPERBATCH);
        keys.addAll(requiredKeys);
        String resources = tags.render(List.of("atl.general", decorator.group(1)), keys);
        // The decorator frames the page in the user's theme too (dark when the browser asks for it).
        return html.substring(0, head.end()) + "\n" + ThemeStyle.element() + resources + html.substring(head.end());
    }

    private final class HtmlCapture extends HttpServletResponseWrapper {
        private CharArrayWriter buffer;
        private PrintWriter writer;

        HtmlCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            String type = getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                return super.getWriter();
            }
            if (writer == null) {
                buffer = new CharArrayWriter();
                writer = new PrintWriter(buffer);
            }
            return writer;
        }

        void finish() throws IOException {
            if (writer == null) {
                return;
            }
            writer.flush();
            getResponse().getWriter().write(decorate(buffer.toString()));
        }
    }
}
