package app.docsbridge.core.links;

/** What a verified callback link is bound to: one attachment, the user who opened it, and the document key. */
public record CallbackLink(long attachmentId, String userKey, String documentKey) {
}
