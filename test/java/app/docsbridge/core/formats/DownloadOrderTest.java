package app.docsbridge.core.formats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadOrderTest {

    private final DownloadOrder order = new DownloadOrder();

    @Test
    void everyConversionTargetOfTheFormatListIsListed() {
        FormatTable formats = new FormatTable();
        Set<String> missing = new TreeSet<>();
        for (String extension : formats.extensions()) {
            for (String target : formats.find(extension).orElseThrow().convertTargets()) {
                if (!order.listed().contains(target)) {
                    missing.add(target);
                }
            }
        }
        assertEquals(Set.of(), missing, "add them to docsbridge/download-order.json and name them in the i18n files");
    }

    @Test
    void everyListedFormatAndGroupHasAName() throws Exception {
        java.util.Properties texts = new java.util.Properties();
        try (java.io.InputStream in = DownloadOrder.class.getResourceAsStream("/i18n/docsbridge.properties")) {
            texts.load(in);
        }
        Set<String> missing = new TreeSet<>();
        for (String target : order.listed()) {
            if (!texts.containsKey("docsbridge.format." + target)) {
                missing.add("docsbridge.format." + target);
            }
        }
        for (String group : List.of("pdf", "office", "openDocument", "other", "image")) {
            if (!texts.containsKey("docsbridge.format.group." + group)) {
                missing.add("docsbridge.format.group." + group);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void order_shouldPutPdfFirstThenOoxmlThenOpenDocumentAndImagesLast() {
        List<DownloadOrder.Choice> choices = order.order(List.of("txt", "png", "odp", "pdfa", "pptx", "pdf", "potx"));
        assertEquals(List.of("pdf", "pdfa", "pptx", "potx", "odp", "txt", "png"),
                choices.stream().map(DownloadOrder.Choice::target).toList());
        assertEquals(new DownloadOrder.Choice("pdfa", "pdf", "pdf"), choices.get(1));
        assertEquals("image", choices.get(6).group());
    }

    @Test
    void order_shouldKeepAnUnlistedTargetLastInTheOtherGroup() {
        List<DownloadOrder.Choice> choices = order.order(List.of("xyz", "pdf"));
        assertEquals(new DownloadOrder.Choice("xyz", "xyz", "other"), choices.get(1));
        assertTrue(order.listed().contains("docx"));
    }
}
