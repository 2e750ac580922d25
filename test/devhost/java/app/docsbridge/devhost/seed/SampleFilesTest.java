package app.docsbridge.devhost.seed;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleFilesTest {

    private final Map<String, byte[]> files = SampleFiles.all();

    @Test
    void hasOneFileOfEachTypeAndTheXssName() {
        assertEquals(List.of("Report.docx", "Budget.xlsx", "Slides.pptx", "Form.pdf", "Letter.odt", "Legacy.doc",
                "Diagram.vsdx", "Notes.txt", "Data.csv", "<img src=x onerror=alert(1)>.docx"), List.copyOf(files.keySet()));
        assertArrayEquals(files.get("Report.docx"), files.get(SampleFiles.XSS_NAME));
    }

    @Test
    void ooxmlPackagesHaveWellFormedPartsAndResolvableRelationships() throws Exception {
        assertPackage("Report.docx", "word/document.xml");
        assertPackage("Budget.xlsx", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertPackage("Slides.pptx", "ppt/presentation.xml", "ppt/slides/slide1.xml",
                "ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml");
    }

    @Test
    void odtStartsWithAnUncompressedMimetype() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.get("Letter.odt")))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void pdfCrossReferencePointsAtItsObjects() {
        String pdf = new String(files.get("Form.pdf"), StandardCharsets.US_ASCII);
        assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")).trim());
        assertTrue(pdf.startsWith("xref", xref));
        String[] lines = pdf.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(lines[2 + object].substring(0, 10));
            assertTrue(pdf.startsWith(object + " 0 obj", offset), "object " + object);
        }
    }

    /** {@code parts[0]} is the main part, which must have its own relationships part. */
    private void assertPackage(String name, String... parts) throws Exception {
        Map<String, byte[]> entries = unzip(files.get(name));
        assertTrue(entries.containsKey("[Content_Types].xml"), name);
        assertTrue(entries.containsKey("_rels/.rels"), name);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(entry.getValue()));
            if (entry.getKey().endsWith(".rels")) {
                String folder = entry.getKey().replaceFirst("_rels/[^/]*$", "");
                var rels = xml.getElementsByTagName("Relationship");
                for (int i = 0; i < rels.getLength(); i++) {
                    String target = rels.item(i).getAttributes().getNamedItem("Target").getNodeValue();
                    String resolved = java.net.URI.create("/" + folder).resolve(target).getPath().substring(1);
                    assertTrue(entries.containsKey(resolved), name + ": " + entry.getKey() + " points at missing " + resolved);
                }
            }
        }
        String mainPartRels = parts[0].replaceFirst("([^/]*)$", "_rels/$1.rels");
        assertTrue(entries.containsKey(mainPartRels), name + " lacks " + mainPartRels);
        for (String part : parts) {
            assertTrue(entries.containsKey(part), name + " lacks " + part);
            assertTrue(new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8).contains("/" + part + "\""));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
