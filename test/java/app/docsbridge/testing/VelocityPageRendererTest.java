package app.docsbridge.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The test renderer applies Confluence's escaping rule (see the class comment for the sources). */
class VelocityPageRendererTest {

    private static final String MARKUP = "<b title=\"x\">'&'</b>";
    private static final String ESCAPED = "&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;";

    public static final class Holder {
        public String getText() {
            return MARKUP;
        }

        public String getTextHtml() {
            return MARKUP;
        }
    }

    private static String render(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        new VelocityPageRenderer().render(template, context, out);
        return out.toString().trim();
    }

    @Test
    void render_shouldEscapeEveryReferenceExceptScalarNamesEndingInHtmlAndTheProductsSafeNames() throws Exception {
        Map<String, Object> context = Map.of("text", MARKUP, "textHtml", MARKUP, "bodyHTML", MARKUP, "body", MARKUP,
                "xHtmlContent", MARKUP, "head", MARKUP, "holder", new Holder());

        String html = render("velocity-escaping/escaped.vm", context);

        assertEquals("a=" + ESCAPED + " b=" + ESCAPED + " c=" + ESCAPED + " d=" + MARKUP + " e=" + MARKUP
                + " f=" + MARKUP + " g=" + MARKUP + " h=" + MARKUP + " i=" + MARKUP
                + " j=" + ESCAPED + " k=" + ESCAPED, html);
    }

    @Test
    void render_shouldNotEscapeATemplateThatDisablesEscaping() throws Exception {
        String html = render("velocity-escaping/disabled.vm", Map.of("text", MARKUP, "textHtml", MARKUP));

        assertEquals("a=" + MARKUP + " d=" + MARKUP, html);
    }

    @Test
    void render_shouldFailOnAMissingReference() {
        assertThrows(IOException.class, () -> render("velocity-escaping/disabled.vm", Map.of("text", MARKUP)));
    }

    @Test
    void insertedAsIs_shouldFollowTheReferenceAsWritten() {
        assertEquals(true, VelocityPageRenderer.insertedAsIs("$!{editorDataHtml}"));
        assertEquals(true, VelocityPageRenderer.insertedAsIs("$somethinghtml"));
        assertEquals(false, VelocityPageRenderer.insertedAsIs("$page.titleHtml"));
        assertEquals(false, VelocityPageRenderer.insertedAsIs("$htmlTitle"));
    }
}
