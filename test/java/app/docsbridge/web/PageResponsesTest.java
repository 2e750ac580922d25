package app.docsbridge.web;

import app.docsbridge.core.port.Messages;
import app.docsbridge.testing.VelocityPageRenderer;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Message pages through a renderer that escapes like Confluence's: every text escaped exactly once. */
class PageResponsesTest {

    private static final Map<String, String> TEXTS = Map.of(
            "heading", "Tom & Jerry's <files>",
            "message", "Ask \"admin\" & retry",
            "link", "Back to <Configure>",
            "docsbridge.page.title", "Title <x>",
            "docsbridge.page.home", "Home");

    @Test
    void message_shouldEscapeEveryTextOnceAndKeepTheLinkUsable() throws Exception {
        Messages messages = (locale, key, args) -> TEXTS.get(key);
        StringWriter body = new StringWriter();

        new PageResponses(new VelocityPageRenderer(), messages).message(response(body), 503, Locale.GERMAN,
                "heading", "message",
                List.of(new PageResponses.Link("/confluence/plugins/servlet/onlyoffice/configure?a=1&b=2", "link")),
                PageResponses.Theme.SYSTEM);

        String html = body.toString();
        assertTrue(html.contains("<html lang=\"de\">"), html);
        assertTrue(html.contains("<title>Title &lt;x&gt;</title>"), html);
        assertTrue(html.contains("<h1>Tom &amp; Jerry&#39;s &lt;files&gt;</h1>"), html);
        assertTrue(html.contains("<p>Ask &quot;admin&quot; &amp; retry</p>"), html);
        assertTrue(html.contains("<a href=\"/confluence/plugins/servlet/onlyoffice/configure?a=1&amp;b=2\">"
                + "Back to &lt;Configure&gt;</a>"), html);
        assertFalse(html.contains("&amp;amp;"), "escaped twice: " + html);
    }

    @Test
    void message_shouldFollowTheColourModeItIsGiven() throws Exception {
        Messages messages = (locale, key, args) -> TEXTS.get(key);
        StringWriter body = new StringWriter();

        new PageResponses(new VelocityPageRenderer(), messages).message(response(body), 404, Locale.ENGLISH,
                "heading", "message", List.of(PageResponses.home("/confluence")), PageResponses.Theme.DARK);

        assertTrue(body.toString().contains("<html lang=\"en\" data-color-mode=\"dark\">"), body.toString());
    }

    private static HttpServletResponse response(StringWriter body) {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(PageResponsesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWriter")) {
                        return writer;
                    }
                    return null;
                });
    }
}
