package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.StoredAttachment;

/** One stored version with what only the dev host keeps: the content hash and the version comment. */
public record AttachmentVersion(StoredAttachment attachment, String sha256, String comment) {
}
