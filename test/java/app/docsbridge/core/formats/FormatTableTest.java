package app.docsbridge.core.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTableTest {

    private final FormatTable formats = new FormatTable();

    @ParameterizedTest
    @CsvSource({"docx,WORD", "odt,WORD", "xlsx,CELL", "csv,CELL", "pptx,SLIDE", "pdf,PDF", "djvu,PDF", "vsdx,DIAGRAM"})
    void find_shouldKnowTheDocumentType(String extension, DocumentType type) {
        assertEquals(type, formats.find(extension).orElseThrow().type());
    }

    @Test
    void find_shouldIgnoreCase() {
        assertEquals("docx", formats.find("DOCX").orElseThrow().extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "bmp", "zip", "pdfa", "exe", "", "docx.exe"})
    void find_shouldKnowNeitherOutputOnlyNorUnknownExtensions(String extension) {
        assertTrue(formats.find(extension).isEmpty(), extension);
    }

    @Test
    void find_shouldAcceptNull() {
        assertTrue(formats.find(null).isEmpty());
    }

    @Test
    void isEditable_shouldAllowNativeFormats() {
        for (String extension : List.of("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "pdf")) {
            assertTrue(formats.isEditable(extension, Set.of()), extension);
        }
    }

    @Test
    void isEditable_shouldAllowLossyFormatsOnlyWhenTheAdministratorDid() {
        assertFalse(formats.isEditable("odt", Set.of()));
        assertFalse(formats.isEditable("odt", Set.of("ods", "csv")));
        assertTrue(formats.isEditable("odt", Set.of("odt")));
        assertTrue(formats.isEditable("ODT", Set.of("odt")));
    }

    @Test
    void isEditable_shouldNeverAllowViewOnlyFormats() {
        // Listing a format in lossyEditable does not make a view-only format editable.
        for (String extension : List.of("vsdx", "doc", "xls", "ppt", "djvu", "xps")) {
            assertFalse(formats.isEditable(extension, Set.of(extension)), extension);
        }
        assertFalse(formats.isEditable("exe", Set.of("exe")));
    }

    @Test
    void lossyFormatsOfTheSettingsSchema_shouldAllBeLossyInTheTable() {
        for (String extension : List.of("odt", "ott", "rtf", "txt", "epub", "fb2", "html", "ods", "ots", "csv", "tsv",
                "odp", "otp")) {
            Format format = formats.find(extension).orElseThrow();
            assertTrue(format.canEditLossy() && !format.canEditNatively(), extension);
        }
    }

    @Test
    void convertTargets_shouldHaveNoDuplicates() {
        // ots lists tsv twice in the upstream 3.2.0 file
        for (String extension : formats.extensions()) {
            List<String> targets = formats.find(extension).orElseThrow().convertTargets();
            assertEquals(new HashSet<>(targets).size(), targets.size(), extension);
        }
        assertTrue(formats.find("ots").orElseThrow().canConvertTo("tsv"));
    }

    @Test
    void formats_shouldDescribeFillableAndMimeTypes() {
        assertTrue(formats.find("pdf").orElseThrow().canFillForms());
        assertFalse(formats.find("docx").orElseThrow().canFillForms());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                formats.find("docx").orElseThrow().primaryMimeType());
        assertEquals("application/pdf", formats.find("pdf").orElseThrow().primaryMimeType());
    }

    @Test
    void extensions_shouldBeLowerCaseAndIncludeTheMainFormats() {
        Set<String> extensions = formats.extensions();
        assertTrue(extensions.containsAll(Set.of("docx", "xlsx", "pptx", "pdf", "odt", "vsdx")));
        extensions.forEach(e -> assertEquals(e.toLowerCase(java.util.Locale.ROOT), e));
    }

    @Test
    void ooxmlExtension_shouldMatchTheDocumentType() {
        assertEquals("docx", DocumentType.WORD.ooxmlExtension());
        assertEquals("xlsx", DocumentType.CELL.ooxmlExtension());
        assertEquals("pptx", DocumentType.SLIDE.ooxmlExtension());
        assertEquals("word", DocumentType.WORD.configValue());
        assertEquals("diagram", DocumentType.DIAGRAM.configValue());
    }
}
