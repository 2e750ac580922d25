package app.docsbridge.core.preview;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewParametersTest {

    @Test
    void readsTheFileFromNameOrTheDefaultParameter() {
        assertEquals("a.docx", PreviewParameters.parse(Map.of("name", "a.docx")).fileName());
        assertEquals("b.docx", PreviewParameters.parse(Map.of("0", "b.docx")).fileName());
        assertEquals("c.docx", PreviewParameters.parse(Map.of("", " c.docx ")).fileName());
        assertEquals("", PreviewParameters.parse(Map.of()).fileName());
    }

    @Test
    void sizesArePixelsOrPercentagesAndNothingElse() {
        assertEquals(Optional.of("600px"), PreviewParameters.size("600"));
        assertEquals(Optional.of("600px"), PreviewParameters.size(" 600PX "));
        assertEquals(Optional.of("80%"), PreviewParameters.size("80%"));
        assertEquals(Optional.of("100%"), PreviewParameters.size("250%"));
        assertEquals(Optional.empty(), PreviewParameters.size("0"));
        assertEquals(Optional.empty(), PreviewParameters.size("100px;background:url(x)"));
        assertEquals(Optional.empty(), PreviewParameters.size("\"><script>"));
        assertEquals(Optional.empty(), PreviewParameters.size("12em"));
        assertEquals(Optional.empty(), PreviewParameters.size(null));
    }

    @Test
    void theEditButtonIsOptIn() {
        assertTrue(PreviewParameters.parse(Map.of("name", "a.docx", "edit", "true")).showEditButton());
        assertFalse(PreviewParameters.parse(Map.of("name", "a.docx", "edit", "false")).showEditButton());
        assertFalse(PreviewParameters.parse(Map.of("name", "a.docx")).showEditButton());
    }

    @Test
    void pageReferencesAsConfluencePassesThem() {
        assertEquals(Optional.empty(), PageReference.parse(null));
        assertEquals(Optional.empty(), PageReference.parse("  "));
        assertEquals(Optional.of(new PageReference(null, "Project plan", null)), PageReference.parse("Project plan"));
        assertEquals(Optional.of(new PageReference("DEV", "Project plan", null)), PageReference.parse("DEV:Project plan"));
        assertEquals(Optional.of(new PageReference("DEV", "Notes", LocalDate.of(2026, 11, 2))),
                PageReference.parse("DEV:/2026/11/02/Notes"));
        assertEquals(Optional.of(new PageReference(null, "Notes", LocalDate.of(2026, 11, 2))),
                PageReference.parse("/2026/11/02/Notes"));
        // Not a real day: a page whose title looks like a path.
        assertEquals(Optional.of(new PageReference(null, "/2026/13/02/Notes", null)),
                PageReference.parse("/2026/13/02/Notes"));
    }

    @Test
    void outputTypesDecideBetweenViewerAndLink() {
        assertEquals(OutputMode.DISPLAY, OutputMode.of("display"));
        assertEquals(OutputMode.DISPLAY, OutputMode.of(null));
        assertEquals(OutputMode.PREVIEW, OutputMode.of("preview"));
        for (String type : new String[] {"pdf", "word", "html_export", "email", "feed", "diff", "something-new"}) {
            assertEquals(OutputMode.LINK, OutputMode.of(type), type);
        }
    }
}
