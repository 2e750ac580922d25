package app.docsbridge.core.formats;

import app.docsbridge.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentCheckTest {

    @TempDir
    Path dir;

    private Optional<String> check(String ext, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("f-" + System.nanoTime()), bytes);
        return ContentCheck.problem(ext, file).map(ContentCheck.Problem::description);
    }

    private boolean passing(String ext, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("p-" + System.nanoTime()), bytes);
        return ContentCheck.problem(ext, file).orElseThrow().passing();
    }

    @Test
    void errorPagesNothingAndCutOffZips_arePassingProblems_otherFormatsAreNot() throws IOException {
        assertTrue(passing("docx", ascii("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")));
        assertTrue(passing("pdf", new byte[0]));
        assertTrue(passing("docx", ascii("PK\u0003\u0004 cut off here")));
        assertFalse(passing("docx", ascii("%PDF-1.7 a real PDF where a DOCX was expected")));
        assertFalse(passing("xls", ascii("plain text")));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void ooxmlPackages_shouldPassOnlyWithContentTypes() throws IOException {
        assertEquals(Optional.empty(), check("docx", OfficeFiles.docx("x")));
        assertEquals(Optional.empty(), check("XLSX", OfficeFiles.docx("x")));
        assertTrue(check("pptx", OfficeFiles.odt("x")).orElseThrow().contains("[Content_Types].xml"));
        assertTrue(check("docx", ascii("<!DOCTYPE html><html><body>error</body></html>")).orElseThrow()
                .contains("HTML"));
        assertTrue(check("docx", new byte[0]).orElseThrow().contains("empty"));
    }

    @Test
    void aTruncatedZip_shouldFail() throws IOException {
        byte[] whole = OfficeFiles.docx("some text that makes the zip longer than its first part");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertTrue(check("docx", truncated).isPresent());
    }

    @Test
    void openDocument_shouldNeedTheMimetypeEntry() throws IOException {
        assertEquals(Optional.empty(), check("odt", OfficeFiles.odt("x")));
        assertTrue(check("ods", OfficeFiles.docx("x")).isPresent());
    }

    @Test
    void pdf_shouldStartWithItsSignature() throws IOException {
        assertEquals(Optional.empty(), check("pdf", ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
        assertTrue(check("pdf", ascii("<html>")).isPresent());
    }

    @Test
    void legacyOffice_shouldBeAnOleCompoundFile() throws IOException {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Optional.empty(), check("doc", ole));
        assertEquals(Optional.empty(), check("xls", ole));
        assertTrue(check("ppt", OfficeFiles.docx("x")).isPresent());
    }

    @Test
    void rtfAndText() throws IOException {
        assertEquals(Optional.empty(), check("rtf", ascii("{\\rtf1\\ansi hello}")));
        assertTrue(check("rtf", ascii("hello")).isPresent());
        assertEquals(Optional.empty(), check("txt", ascii("plain text\n")));
        assertEquals(Optional.empty(), check("csv", "a;b\n\u00e9;1".getBytes(StandardCharsets.UTF_8)));
        assertTrue(check("csv", OfficeFiles.docx("x")).isPresent(), "a zip is no csv");
    }

    @Test
    void formatsWithoutAKnownSignature_shouldPass() throws IOException {
        assertEquals(Optional.empty(), check("hwp", ascii("anything")));
    }
}
