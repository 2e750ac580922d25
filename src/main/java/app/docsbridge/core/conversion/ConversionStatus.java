package app.docsbridge.core.conversion;

import app.docsbridge.core.port.StoredAttachment;

import java.util.Optional;

/**
 * Where a conversion stands after one poll: still running (with a percentage), failed (with the reason and the Docs
 * server's error code, if any), or done — with the Docs server's result link, and for "Convert" the stored attachment.
 */
public record ConversionStatus(int percent, boolean done, String resultUrl, String fileType,
                               StoredAttachment stored, ConversionFailure failure, Integer code) {

    public static ConversionStatus running(int percent) {
        return new ConversionStatus(Math.max(0, Math.min(99, percent)), false, null, null, null, null, null);
    }

    public static ConversionStatus converted(String resultUrl, String fileType) {
        return new ConversionStatus(100, true, resultUrl, fileType, null, null, null);
    }

    public static ConversionStatus stored(StoredAttachment attachment) {
        return new ConversionStatus(100, true, null, null, attachment, null, null);
    }

    public static ConversionStatus failed(ConversionFailure failure, Integer code) {
        return new ConversionStatus(0, true, null, null, null, failure, code);
    }

    public Optional<ConversionFailure> failureReason() {
        return Optional.ofNullable(failure);
    }

    public boolean succeeded() {
        return done && failure == null;
    }
}
