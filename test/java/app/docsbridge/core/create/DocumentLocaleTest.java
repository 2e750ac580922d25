package app.docsbridge.core.create;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New blank documents follow their creator's locale: paper, script font, proofing language. */
class DocumentLocaleTest {

    private static Map<String, String> parts(byte[] zip) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void paper_shouldBeLetterInTheUnitedStatesAndCanadaOnly() {
        assertEquals(DocumentLocale.Paper.LETTER, DocumentLocale.of(Locale.US).paper());
        assertEquals(DocumentLocale.Paper.LETTER, DocumentLocale.of(Locale.CANADA_FRENCH).paper());
        assertEquals(DocumentLocale.Paper.A4, DocumentLocale.of(Locale.UK).paper());
        assertEquals(DocumentLocale.Paper.A4, DocumentLocale.of(Locale.GERMANY).paper());
        assertEquals(DocumentLocale.Paper.A4, DocumentLocale.of(Locale.forLanguageTag("pt-BR")).paper());
        assertEquals(DocumentLocale.Paper.A4, DocumentLocale.of(Locale.ENGLISH).paper());
        assertEquals(DocumentLocale.Paper.A4, DocumentLocale.of(null).paper());
    }

    @Test
    void font_shouldCoverTheScriptOfTheLanguage() {
        assertEquals("Arial", DocumentLocale.of(Locale.GERMANY).eastAsianFont());
        assertEquals("Arial", DocumentLocale.of(Locale.forLanguageTag("ru-RU")).eastAsianFont());
        assertEquals("Microsoft YaHei", DocumentLocale.of(Locale.SIMPLIFIED_CHINESE).eastAsianFont());
        assertEquals("Microsoft JhengHei", DocumentLocale.of(Locale.TRADITIONAL_CHINESE).eastAsianFont());
        assertEquals("Yu Gothic", DocumentLocale.of(Locale.JAPAN).eastAsianFont());
        assertEquals("Malgun Gothic", DocumentLocale.of(Locale.KOREA).eastAsianFont());
    }

    @Test
    void docx_shouldCarryPaperFontsAndLanguage() throws Exception {
        Map<String, String> us = parts(BlankDocuments.blank(NewDocumentType.DOCUMENT, DocumentLocale.of(Locale.US)));
        assertTrue(us.get("word/document.xml").contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
        assertTrue(us.get("word/styles.xml").contains("w:lang w:val=\"en-US\""));

        Map<String, String> zh = parts(BlankDocuments.blank(NewDocumentType.DOCUMENT,
                DocumentLocale.of(Locale.SIMPLIFIED_CHINESE)));
        assertTrue(zh.get("word/document.xml").contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
        assertTrue(zh.get("word/styles.xml").contains("w:eastAsia=\"Microsoft YaHei\""));
        assertTrue(zh.get("word/styles.xml").contains("w:lang w:val=\"zh-CN\""));
    }

    @Test
    void xlsx_shouldCarryPaperCodeAndScriptFont() throws Exception {
        Map<String, String> ca = parts(BlankDocuments.blank(NewDocumentType.SPREADSHEET,
                DocumentLocale.of(Locale.CANADA)));
        assertTrue(ca.get("xl/worksheets/sheet1.xml").contains("<pageSetup paperSize=\"1\"/>"));
        assertTrue(ca.get("xl/styles.xml").contains("<name val=\"Calibri\"/>"));
        Map<String, String> ja = parts(BlankDocuments.blank(NewDocumentType.SPREADSHEET,
                DocumentLocale.of(Locale.JAPAN)));
        assertTrue(ja.get("xl/worksheets/sheet1.xml").contains("<pageSetup paperSize=\"9\"/>"));
        assertTrue(ja.get("xl/styles.xml").contains("<name val=\"Yu Gothic\"/>"));
    }

    @Test
    void pptx_shouldUseTheScriptFontAndLanguage() throws Exception {
        Map<String, String> ko = parts(BlankDocuments.blank(NewDocumentType.PRESENTATION,
                DocumentLocale.of(Locale.KOREA)));
        assertTrue(ko.get("ppt/theme/theme1.xml").contains("<a:ea typeface=\"Malgun Gothic\"/>"));
        assertTrue(ko.get("ppt/slides/slide1.xml").contains("lang=\"ko-KR\""));
    }

    @Test
    void pdf_shouldHaveTheLocalePaperSize() {
        String us = new String(BlankDocuments.blank(NewDocumentType.PDF_FORM, DocumentLocale.of(Locale.US)),
                StandardCharsets.ISO_8859_1);
        String de = new String(BlankDocuments.blank(NewDocumentType.PDF_FORM, DocumentLocale.of(Locale.GERMANY)),
                StandardCharsets.ISO_8859_1);
        assertTrue(us.contains("/MediaBox [0 0 612 792]"));
        assertTrue(de.contains("/MediaBox [0 0 595.28 841.89]"));
    }
}
