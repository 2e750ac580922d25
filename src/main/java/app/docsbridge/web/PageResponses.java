package app.docsbridge.web;

import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PageRenderer;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders the app's full pages and its plain message page, with headers that keep them private and unframed. */
final class PageResponses {

    static final String MESSAGE_TEMPLATE = "templates/message.vm";

    private final PageRenderer renderer;
    private final Messages messages;

    PageResponses(PageRenderer renderer, Messages messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    void render(HttpServletResponse response, int status, String template, Map<String, Object> context)
            throws IOException {
        StringWriter html = new StringWriter();
        renderer.render(template, context, html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        noStore(response);
        response.getWriter().write(html.toString());
    }

    /** A page with a heading, a message and an optional link; every text comes from the i18n files. */
    void message(HttpServletResponse response, int status, Locale locale, String headingKey, String messageKey,
                 String linkUrl, String linkKey) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        // Plain text: the product's renderer HTML-escapes every reference (../shared/reference/atlassian-api.md §10).
        context.put("lang", locale.getLanguage());
        context.put("heading", messages.text(locale, headingKey));
        context.put("message", messages.text(locale, messageKey));
        context.put("linkUrl", linkUrl == null ? "" : linkUrl);
        context.put("linkText", linkKey == null ? "" : messages.text(locale, linkKey));
        render(response, status, MESSAGE_TEMPLATE, context);
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
}
