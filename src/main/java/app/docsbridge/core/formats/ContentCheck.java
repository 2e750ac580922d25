package app.docsbridge.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Does a file look like its extension says? A container or magic-number check, enough to tell a document from an
 * HTML error page, a truncated download or another format: OOXML and OPC packages are zips with
 * {@code [Content_Types].xml}, OpenDocument (and EPUB, OpenOffice 1) zips with a {@code mimetype} entry, PDF starts
 * with {@code %PDF-}, legacy Office files are OLE compound files, RTF starts with <code>{\rtf</code>, and text formats
 * hold no NUL bytes. Formats without a known signature pass.
 */
public final class ContentCheck {

    private static final Set<String> OPC = Set.of("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm",
            "xlsb", "pptx", "pptm", "potx", "potm", "ppsx", "ppsm", "vsdx", "vsdm", "vssx", "vssm", "vstx", "vstm",
            "xps", "oxps");
    private static final Set<String> ODF = Set.of("odt", "ott", "ods", "ots", "odp", "otp", "odg", "otg", "epub",
            "sxw", "stw", "sxc", "sxi");
    private static final Set<String> OLE = Set.of("doc", "dot", "xls", "xlt", "ppt", "pot", "pps");
    private static final Set<String> TEXT = Set.of("txt", "csv", "tsv", "md", "html", "htm", "xml", "fb2", "mht",
            "mhtml");
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    private static final int HEAD = 8192;

    private ContentCheck() {
    }

    /** Empty when {@code file} may be a {@code extension} file; otherwise what is wrong, for the administrator. */
    public static Optional<String> problem(String extension, Path file) throws IOException {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (OPC.contains(ext)) {
            return zipWith(file, head, "[Content_Types].xml", ext);
        }
        if (ODF.contains(ext)) {
            return zipWith(file, head, "mimetype", ext);
        }
        if (ext.equals("pdf")) {
            return indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0 ? Optional.empty()
                    : Optional.of("not a PDF file" + looksLike(head));
        }
        if (OLE.contains(ext)) {
            return startsWith(head, OLE_MAGIC) ? Optional.empty()
                    : Optional.of("not a legacy Office (OLE) file" + looksLike(head));
        }
        if (ext.equals("rtf")) {
            return startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                    : Optional.of("not an RTF file" + looksLike(head));
        }
        if (ext.equals("djvu")) {
            return startsWith(head, "AT&TFORM".getBytes(StandardCharsets.US_ASCII)) ? Optional.empty()
                    : Optional.of("not a DjVu file" + looksLike(head));
        }
        if (TEXT.contains(ext) && !unicodeBom(head) && indexOf(head, new byte[] {0}, head.length) >= 0) {
            return Optional.of("binary data where a ." + ext + " text file was expected");
        }
        return Optional.empty();
    }

    private static Optional<String> zipWith(Path file, byte[] head, String entry, String ext) {
        if (!startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of("not a ." + ext + " file (no zip container)" + looksLike(head));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(entry) != null ? Optional.empty()
                    : Optional.of("not a ." + ext + " file (the zip has no " + entry + ")");
        } catch (IOException e) {
            return Optional.of("not a ." + ext + " file (damaged zip: " + e.getMessage() + ")");
        }
    }

    /** A hint for the administrator when the bytes are recognisably something else. */
    private static String looksLike(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).trim()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")) {
            return "; it is an HTML page";
        }
        if (head.length == 0) {
            return "; it is empty";
        }
        return "";
    }

    private static boolean unicodeBom(byte[] head) {
        return startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(head, new byte[] {(byte) 0xFE,
            (byte) 0xFF});
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle, int within) {
        int end = Math.min(data.length, within) - needle.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
