package app.docsbridge.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteRangeTest {

    private static Optional<ByteRange> parse(String header, long size) throws ByteRange.UnsatisfiableRangeException {
        return ByteRange.parse(header, size);
    }

    @Test
    void parse_shouldReadTheThreeForms() throws Exception {
        assertEquals(Optional.of(new ByteRange(2, 5)), parse("bytes=2-5", 16));
        assertEquals(Optional.of(new ByteRange(10, 15)), parse("bytes=10-", 16));
        assertEquals(Optional.of(new ByteRange(13, 15)), parse("bytes=-3", 16));
        assertEquals(Optional.of(new ByteRange(0, 0)), parse("bytes=0-0", 16));
        assertEquals(4, parse("bytes=2-5", 16).orElseThrow().length());
    }

    @Test
    void parse_shouldClampToTheFile() throws Exception {
        assertEquals(Optional.of(new ByteRange(14, 15)), parse("bytes=14-1000", 16));
        assertEquals(Optional.of(new ByteRange(0, 15)), parse("bytes=-1000", 16));
    }

    @Test
    void parse_shouldIgnoreAbsentMultipleAndForeignRanges() throws Exception {
        assertEquals(Optional.empty(), parse(null, 16));
        assertEquals(Optional.empty(), parse("bytes=0-1,3-4", 16));
        assertEquals(Optional.empty(), parse("items=0-1", 16));
        assertEquals(Optional.empty(), parse("bytes=abc", 16));
        assertEquals(Optional.empty(), parse("bytes=a-b", 16));
        assertEquals(Optional.empty(), parse("bytes=0-99999999999999999999", 16));
    }

    @Test
    void parse_shouldRefuseUnsatisfiableRanges() {
        assertThrows(ByteRange.UnsatisfiableRangeException.class, () -> parse("bytes=16-", 16));
        assertThrows(ByteRange.UnsatisfiableRangeException.class, () -> parse("bytes=100-200", 16));
        assertThrows(ByteRange.UnsatisfiableRangeException.class, () -> parse("bytes=-0", 16));
        assertThrows(ByteRange.UnsatisfiableRangeException.class, () -> parse("bytes=0-", 0));
    }
}
