package app.docsbridge.devhost.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a small zip package in memory, entries in the order added (order matters for ODF's mimetype). */
final class ZipBuilder {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

    ZipBuilder add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** An uncompressed entry, as ODF requires for its leading {@code mimetype}. */
    ZipBuilder addStored(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private ZipBuilder add(String name, byte[] data, boolean stored) {
        try {
            ZipEntry entry = new ZipEntry(name);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] build() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
