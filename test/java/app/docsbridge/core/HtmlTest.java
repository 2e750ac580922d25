package app.docsbridge.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escape_shouldEscapeMarkupAndBothQuotes() {
        assertEquals("&lt;img src=&quot;x&quot; onerror=&#39;a&#39;&gt; &amp;amp;",
                Html.escape("<img src=\"x\" onerror='a'> &amp;"));
    }

    @Test
    void escape_shouldTurnNullIntoNothing() {
        assertEquals("", Html.escape(null));
        assertEquals("plain text", Html.escape("plain text"));
    }
}
