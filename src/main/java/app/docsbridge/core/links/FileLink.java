package app.docsbridge.core.links;

/** What a verified file link lets the Document Server download: one version of one attachment. */
public record FileLink(long attachmentId, int version) {
}
