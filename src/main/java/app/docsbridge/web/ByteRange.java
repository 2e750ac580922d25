package app.docsbridge.web;

import java.util.Optional;

/** One byte range of an HTTP {@code Range} header ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}). */
record ByteRange(long start, long end) {

    long length() {
        return end - start + 1;
    }

    /**
     * Empty when the header is absent or names several ranges (then the whole file is sent, which HTTP allows);
     * {@code null} result is never returned. Throws when the single range cannot be satisfied.
     */
    static Optional<ByteRange> parse(String header, long size) throws UnsatisfiableRangeException {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).trim();
            String last = spec.substring(dash + 1).trim();
            long start;
            long end;
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0) {
                    throw new UnsatisfiableRangeException();
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(first);
                end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            }
            if (start < 0 || start >= size || end < start) {
                throw new UnsatisfiableRangeException();
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static final class UnsatisfiableRangeException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
