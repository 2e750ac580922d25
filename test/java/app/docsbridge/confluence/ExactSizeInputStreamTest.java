package app.docsbridge.confluence;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExactSizeInputStreamTest {

    @Test
    void read_shouldPassExactlyAnnouncedBytes() throws IOException {
        InputStream in = new ExactSizeInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);

        assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        assertEquals(-1, in.read());
    }

    @Test
    void read_shouldFailWhenStreamEndsEarly() {
        InputStream in = new ExactSizeInputStream(new ByteArrayInputStream(new byte[] {1, 2}), 3);

        assertThrows(IOException.class, in::readAllBytes);
    }

    @Test
    void read_shouldFailOnExtraBytesEvenWhenConsumerStopsAtSize() {
        InputStream in = new ExactSizeInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 3);

        assertThrows(IOException.class, () -> in.readNBytes(3));
    }

    @Test
    void read_shouldCountSingleBytesAndSkips() throws IOException {
        InputStream in = new ExactSizeInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);

        assertEquals(1, in.read());
        assertEquals(1, in.skip(1));
        assertEquals(3, in.read());
        assertEquals(-1, in.read());
    }

    @Test
    void read_shouldAcceptEmptyStreamForZeroSize() throws IOException {
        assertEquals(-1, new ExactSizeInputStream(new ByteArrayInputStream(new byte[0]), 0).read());
        assertThrows(IOException.class,
                () -> new ExactSizeInputStream(new ByteArrayInputStream(new byte[1]), 0).read());
    }
}
