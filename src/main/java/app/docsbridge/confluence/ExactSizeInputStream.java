package app.docsbridge.confluence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Delivers exactly {@code size} bytes or fails: Confluence stores whatever a stream gives it, so a short (cut-off
 * download) or long stream must end in an IOException, which rolls the save back, instead of a damaged file.
 */
final class ExactSizeInputStream extends FilterInputStream {

    private final long size;
    private long count;
    private boolean endVerified;

    ExactSizeInputStream(InputStream in, long size) {
        super(in);
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (count == size) {
            verifyEnd();
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, size - count));
        if (n < 0) {
            throw new IOException("stream ended after " + count + " of " + size + " bytes");
        }
        count += n;
        if (count == size) {
            // Check right away, so that a consumer that stops after `size` bytes still notices extra data.
            verifyEnd();
        }
        return n;
    }

    /** Reads through {@link #read(byte[], int, int)} so that skipped bytes are counted too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), size - count);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void verifyEnd() throws IOException {
        if (!endVerified) {
            if (in.read() >= 0) {
                throw new IOException("stream has more than the announced " + size + " bytes");
            }
            endVerified = true;
        }
    }
}
