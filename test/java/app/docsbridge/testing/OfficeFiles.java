package app.docsbridge.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but well-formed office files for tests: the same text always gives the same bytes. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /** An OOXML-shaped package ({@code [Content_Types].xml} plus a part holding {@code text}). */
    public static byte[] docx(String text) {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document><w:t>" + text + "</w:t></w:document>", 0);
    }

    /** As {@link #docx(String)} with an uncompressed part padding the file to at least {@code size} bytes. */
    public static byte[] docxOfSize(int size) {
        return zip("[Content_Types].xml", "<Types/>", "word/media/padding.bin", "", size);
    }

    /** An OpenDocument-shaped package ({@code mimetype} first). */
    public static byte[] odt(String text) {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<text>" + text + "</text>", 0);
    }

    private static byte[] zip(String first, String firstText, String second, String secondText, int padding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, first, firstText.getBytes(StandardCharsets.UTF_8));
            byte[] data = secondText.getBytes(StandardCharsets.UTF_8);
            if (padding > 0) {
                data = new byte[padding];
                for (int i = 0; i < data.length; i++) {
                    data[i] = (byte) (i * 31 + 7);
                }
            }
            put(zip, second, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // deterministic bytes
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
