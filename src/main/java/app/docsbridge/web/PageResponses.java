package app.docsbridge.web;

import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the app's full pages and its plain message page, with headers that keep them private and unframed. */
final class PageResponses {

    static final String MESSAGE_TEMPLATE = "templates/message.vm";
    private static final int PAGE_BUFFER_CHARS = 16 * 1024;

    private final PageRenderer renderer;
    private final Messages messages;

    PageResponses(PageRenderer renderer, Messages messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    void render(HttpServletResponse response, int status, String template, Map<String, Object> context)
            throws IOException {
        // Rendered whole before anything is sent (a template error still answers 500 cleanly); sized for the editor
        // page (~7 KB) so the buffer is not grown and copied on the way.
        StringWriter html = new StringWriter(PAGE_BUFFER_CHARS);
        renderer.render(template, context, html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        noStore(response);
        response.getWriter().write(html.toString());
    }

    /** A link on a message page: a context-relative or absolute URL and the i18n key of its text. */
    record Link(String url, String textKey, Object... args) {
    }

    /**
     * A message page: a heading (also the window title), what happened and what to do, and at least one way back.
     * Every text comes from the i18n files; {@code links} come first, the last one being the way back.
     */
    void message(HttpServletResponse response, int status, Locale locale, String headingKey, String messageKey,
                 List<Link> links, Theme theme, Object... messageArgs) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        // Plain text: the product's renderer HTML-escapes every reference (../shared/reference/atlassian-api.md §10).
        context.put("lang", locale.getLanguage());
        String heading = messages.text(locale, headingKey);
        context.put("title", messages.text(locale, "docsbridge.page.title", heading));
        context.put("heading", heading);
        context.put("message", messages.text(locale, messageKey, messageArgs));
        List<Map<String, String>> rendered = new ArrayList<>();
        for (Link link : links) {
            rendered.add(Map.of("url", link.url(), "text", messages.text(locale, link.textKey(), link.args())));
        }
        context.put("links", rendered);
        context.put("colorMode", theme.attribute());
        render(response, status, MESSAGE_TEMPLATE, context);
    }

    /** The way back when nothing better is known: Confluence's dashboard. */
    static Link home(String contextPath) {
        return new Link(contextPath + "/", "docsbridge.page.home");
    }

    /** The attachments of a page: where every ONLYOFFICE action starts. */
    static Link attachments(String contextPath, long pageId) {
        return new Link(contextPath + "/pages/viewpageattachments.action?pageId=" + pageId,
                "docsbridge.page.attachments");
    }

    /** Confluence's colour mode as the page that linked here saw it ({@code theme=dark|light}); else the system's. */
    enum Theme {
        LIGHT("light"), DARK("dark"), SYSTEM("");

        private final String attribute;

        Theme(String attribute) {
            this.attribute = attribute;
        }

        String attribute() {
            return attribute;
        }

        static Theme of(HttpServletRequest request) {
            String value = request.getParameter("theme");
            if ("dark".equals(value)) {
                return DARK;
            }
            return "light".equals(value) ? LIGHT : SYSTEM;
        }
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
}
