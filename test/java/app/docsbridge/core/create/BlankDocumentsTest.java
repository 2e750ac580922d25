package app.docsbridge.core.create;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blank files are real packages: every part is well-formed XML, every relationship points at a part that
 * exists, every part has a content type, and the main part is the one each editor expects.
 */
class BlankDocumentsTest {

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Checks the package and returns the content type of each part. */
    private static Map<String, String> checkPackage(Map<String, byte[]> parts, String mainPart, String mainType)
            throws Exception {
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            assertNotNull(xml(part.getValue()), part.getKey()); // throws when not well-formed
        }
        Document types = xml(parts.get("[Content_Types].xml"));
        Map<String, String> overrides = new LinkedHashMap<>();
        NodeList list = types.getElementsByTagNameNS("*", "Override");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            overrides.put(e.getAttribute("PartName").substring(1), e.getAttribute("ContentType"));
        }
        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels") && !name.equals("[Content_Types].xml")) {
                assertTrue(overrides.containsKey(name), "content type of " + name);
            }
        }
        overrides.keySet().forEach(name -> assertTrue(parts.containsKey(name), "overridden part exists: " + name));
        assertEquals(mainType, overrides.get(mainPart));

        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            String source = name.replace("_rels/", "").replaceAll("\\.rels$", "");
            URI base = URI.create("/" + source);
            NodeList rels = xml(parts.get(name)).getElementsByTagNameNS("*", "Relationship");
            assertTrue(rels.getLength() > 0, name);
            for (int i = 0; i < rels.getLength(); i++) {
                String target = ((Element) rels.item(i)).getAttribute("Target");
                String resolved = base.resolve(target).getPath().substring(1);
                assertTrue(parts.containsKey(resolved), name + " -> " + target + " (" + resolved + ")");
            }
        }
        String root = new String(parts.get("_rels/.rels"), StandardCharsets.UTF_8);
        assertTrue(root.contains("Target=\"" + mainPart + "\""), root);
        return overrides;
    }

    @Test
    void docx_shouldBeAWordPackageWithOneEmptyParagraph() throws Exception {
        Map<String, byte[]> parts = unzip(BlankDocuments.blank(NewDocumentType.DOCUMENT));
        checkPackage(parts, "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

        Document document = xml(parts.get("word/document.xml"));
        assertEquals(1, document.getElementsByTagNameNS(BlankDocuments.NS_W, "p").getLength());
        assertEquals(1, document.getElementsByTagNameNS(BlankDocuments.NS_W, "sectPr").getLength());
    }

    @Test
    void xlsx_shouldBeAWorkbookWithOneEmptySheet() throws Exception {
        Map<String, byte[]> parts = unzip(BlankDocuments.blank(NewDocumentType.SPREADSHEET));
        checkPackage(parts, "xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

        Document workbook = xml(parts.get("xl/workbook.xml"));
        assertEquals(1, workbook.getElementsByTagNameNS(BlankDocuments.NS_S, "sheet").getLength());
        Document sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
        assertEquals(0, sheet.getElementsByTagNameNS(BlankDocuments.NS_S, "row").getLength());
    }

    @Test
    void pptx_shouldBeAPresentationWithOneTitleSlide() throws Exception {
        Map<String, byte[]> parts = unzip(BlankDocuments.blank(NewDocumentType.PRESENTATION));
        checkPackage(parts, "ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

        Document presentation = xml(parts.get("ppt/presentation.xml"));
        assertEquals(1, presentation.getElementsByTagNameNS(BlankDocuments.NS_P, "sldId").getLength());
        assertEquals(1, presentation.getElementsByTagNameNS(BlankDocuments.NS_P, "sldMasterId").getLength());
        Document slide = xml(parts.get("ppt/slides/slide1.xml"));
        NodeList placeholders = slide.getElementsByTagNameNS(BlankDocuments.NS_P, "ph");
        assertEquals(2, placeholders.getLength());
        assertEquals("ctrTitle", ((Element) placeholders.item(0)).getAttribute("type"));
        Document theme = xml(parts.get("ppt/theme/theme1.xml"));
        assertEquals(3, theme.getElementsByTagNameNS(BlankDocuments.NS_A, "fillStyleLst").item(0)
                .getChildNodes().getLength(), "the schema requires at least three fill styles");
    }

    @Test
    void blanks_shouldBeIdenticalEachTime() {
        for (NewDocumentType type : NewDocumentType.values()) {
            assertArrayEquals(BlankDocuments.blank(type), BlankDocuments.blank(type), type.name());
        }
    }

    @Test
    void pdfForm_shouldBeAOnePagePdfWithAnInteractiveFormAndAConsistentCrossReferenceTable() {
        byte[] bytes = BlankDocuments.blank(NewDocumentType.PDF_FORM);
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);

        assertTrue(pdf.startsWith("%PDF-1.7\n"));
        assertTrue(pdf.endsWith("%%EOF\n"));
        assertTrue(pdf.contains("/AcroForm <<"));
        assertTrue(pdf.contains("/Count 1"));
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertTrue(startxref.find());
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(pdf.startsWith("xref\n", xref), "startxref points at the table");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertTrue(pdf.startsWith(object + " 0 obj\n", offset), "offset of object " + object);
            object++;
        }
        assertEquals(6, object, "five objects");
    }
}
