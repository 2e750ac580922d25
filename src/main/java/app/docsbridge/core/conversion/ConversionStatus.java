package app.docsbridge.core.conversion;

import app.docsbridge.core.port.StoredAttachment;

import java.util.Optional;

/**
 * Where a conversion stands after one poll: still running (with a percentage), failed (with the reason and the Docs
 * server's error code, if any), or done — with the Docs server's result link, and for "Convert" the stored attachment
 * and what became of it ({@link Outcome}).
 */
public record ConversionStatus(int percent, boolean done, String resultUrl, String fileType,
                               StoredAttachment stored, ConversionFailure failure, Integer code, Outcome outcome) {

    /** What "Convert" did with its result. */
    public enum Outcome {
        /** Stored as a new attachment. */
        CREATED,
        /** Stored as a new version of the result of an earlier conversion of this file (the file changed since). */
        UPDATED,
        /** Nothing new: this very version was converted before and its result is still there. */
        EXISTING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ConversionStatus running(int percent) {
        return new ConversionStatus(Math.max(0, Math.min(99, percent)), false, null, null, null, null, null, null);
    }

    public static ConversionStatus converted(String resultUrl, String fileType) {
        return new ConversionStatus(100, true, resultUrl, fileType, null, null, null, null);
    }

    public static ConversionStatus stored(StoredAttachment attachment, Outcome outcome) {
        return new ConversionStatus(100, true, null, null, attachment, null, null, outcome);
    }

    public static ConversionStatus failed(ConversionFailure failure, Integer code) {
        return new ConversionStatus(0, true, null, null, null, failure, code, null);
    }

    public Optional<ConversionFailure> failureReason() {
        return Optional.ofNullable(failure);
    }

    public boolean succeeded() {
        return done && failure == null;
    }
}
