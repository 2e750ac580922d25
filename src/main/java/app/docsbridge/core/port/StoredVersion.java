package app.docsbridge.core.port;

/** One version of an attachment with the comment it was saved with (empty when none). */
public record StoredVersion(StoredAttachment file, String comment) {
}
