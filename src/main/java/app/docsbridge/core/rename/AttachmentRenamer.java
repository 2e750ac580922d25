package app.docsbridge.core.rename;

import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The editor's File > Rename (docs-api §2.4 {@code onRequestRename}, the new name without the extension): the
 * attachment keeps its extension, the name follows the rules of names typed in the app (FileNames) and Confluence's
 * 255 characters, and no other attachment of the page may have it. Then the Docs server's {@code meta} command tells
 * every editor of the document its new title ({@code onMetaChange}, docs-api §6), the documented way.
 */
public class AttachmentRenamer {

    private static final Logger LOG = Logger.getLogger(AttachmentRenamer.class.getName());
    /** Confluence keeps an attachment's name in CONTENT.TITLE, at most 255 characters. */
    public static final int MAX_FILE_NAME = 255;

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final ClusterLocks locks;
    private final DocumentKeys keys;
    private final DocsClient docs;

    public AttachmentRenamer(AttachmentStore attachments, Permissions permissions, ClusterLocks locks,
                             DocumentKeys keys, DocsClient docs) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.locks = locks;
        this.keys = keys;
        this.docs = docs;
    }

    /** Renames the attachment to {@code title} plus its extension; answers it as stored. */
    public StoredAttachment rename(String userKey, long attachmentId, String title) throws RenameException, IOException {
        if (userKey == null) {
            throw new RenameException(RenameException.Reason.LOGIN_REQUIRED);
        }
        StoredAttachment attachment = attachments.find(attachmentId)
                .filter(a -> permissions.canView(userKey, a.id()))
                .orElseThrow(() -> new RenameException(RenameException.Reason.NOT_FOUND));
        if (!permissions.canEdit(userKey, attachmentId)) {
            throw new RenameException(RenameException.Reason.FORBIDDEN);
        }
        String typed = title == null ? "" : title.strip();
        String extension = attachment.extension();
        // The editor sends the name without the extension; a user who typed it anyway does not get it twice.
        if (!extension.isEmpty() && typed.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            typed = typed.substring(0, typed.length() - extension.length() - 1);
        }
        Optional<FileNames.Problem> problem = FileNames.check(typed);
        if (problem.isPresent()) {
            throw new RenameException(RenameException.Reason.INVALID_NAME, problem.get());
        }
        String fileName = extension.isEmpty() ? typed : FileNames.withExtension(typed, extension);
        if (fileName.codePointCount(0, fileName.length()) > MAX_FILE_NAME) {
            throw new RenameException(RenameException.Reason.INVALID_NAME, FileNames.Problem.TOO_LONG);
        }
        if (fileName.equals(attachment.fileName())) {
            return attachment;
        }
        StoredAttachment renamed;
        try {
            // Under the page's lock, as new attachments are named: a name checked free stays free until it is taken.
            renamed = locks.withLock(DocumentCreator.pageLock(attachment.pageId()), () -> {
                boolean taken = attachments.listOnPage(attachment.pageId()).stream()
                        .anyMatch(a -> a.id() != attachmentId && a.fileName().equalsIgnoreCase(fileName));
                if (taken) {
                    throw new NameTakenException();
                }
                return attachments.rename(attachmentId, fileName, userKey);
            });
        } catch (NameTakenException e) {
            throw new RenameException(RenameException.Reason.NAME_TAKEN);
        }
        tellEditors(renamed);
        return renamed;
    }

    /** The {@code meta} command: every editor of the document shows the new title; a failure changes no file. */
    private void tellEditors(StoredAttachment renamed) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("c", "meta");
        meta.put("key", keys.keyFor(renamed));
        meta.put("meta", Map.of("title", renamed.fileName()));
        try {
            Object error = docs.command(meta).get("error");
            if (error instanceof Number n && n.intValue() != 0 && n.intValue() != 1) {
                LOG.warning("the Docs server answered error " + n + " to the meta command for attachment "
                        + renamed.id());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the Docs server could not be told the new title of attachment " + renamed.id(), e);
        }
    }

    /** Leaves the locked work when the name is taken (the work may only throw IOException). */
    private static final class NameTakenException extends IOException {
        private static final long serialVersionUID = 1L;

        NameTakenException() {
            super("another attachment of the page has that name");
        }
    }
}
