package app.docsbridge.core.saveas;

import app.docsbridge.core.access.EditorAccess;
import app.docsbridge.core.callback.CallbackProcessor;
import app.docsbridge.core.callback.ResultWriter;
import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.docs.SpoolFiles.Spooled;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor's "Save copy as" (docs-api §2.4 {@code onRequestSaveAs}): the Docs server's copy, in any format the editor
 * offers, becomes a new attachment of a page the user picks. The file is downloaded under the save path's rules
 * ({@link ResultWriter#downloadChecked}: only from the configured Docs server, bounded waits, the size cap, a content
 * check) before anything is stored, and the name is made unique under the page's lock, as "New document" does.
 */
public class CopySaver {

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final EditorAccess access;
    private final FormatTable formats;
    private final ClusterLocks locks;
    private final AppSettings settings;
    private final ResultWriter writer;

    public CopySaver(AttachmentStore attachments, Permissions permissions, ContentDirectory content,
                     FormatTable formats, ClusterLocks locks, AppSettings settings, CallbackProcessor callbacks) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.access = new EditorAccess(attachments, permissions, content);
        this.formats = formats;
        this.locks = locks;
        this.settings = settings;
        this.writer = callbacks.writer();
    }

    /**
     * Stores the Docs server's file at {@code url} ({@code fileType}) on {@code pageId} as {@code name} (the title the
     * editor proposed or the user typed; the extension follows {@code fileType}), for the user editing or viewing
     * {@code editorAttachmentId}.
     */
    public StoredAttachment save(String userKey, long editorAttachmentId, long pageId, String url, String fileType,
                                 String name) throws SaveCopyException {
        access.checkEditorFile(userKey, editorAttachmentId, SaveCopyException::refused);
        access.checkPage(userKey, pageId, SaveCopyException::refused);
        if (!permissions.canAddAttachments(userKey, pageId)) {
            throw new SaveCopyException(SaveCopyException.Reason.FORBIDDEN);
        }
        String extension = fileType == null ? "" : fileType.strip().toLowerCase(Locale.ROOT);
        Format format = formats.find(extension)
                .orElseThrow(() -> new SaveCopyException(SaveCopyException.Reason.UNSUPPORTED));
        // The editor proposes "Title.pdf"; a user may type the name with or without the extension.
        String typed = name == null ? "" : name.strip();
        if (typed.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            typed = typed.substring(0, typed.length() - extension.length() - 1);
        }
        Optional<FileNames.Problem> problem = FileNames.check(typed);
        if (problem.isPresent()) {
            throw new SaveCopyException(problem.get());
        }
        if (url == null || url.isBlank()) {
            throw new SaveCopyException(SaveCopyException.Reason.FOREIGN_URL);
        }
        AppSettings.Snapshot s = settings.snapshot();
        if (!s.isConfigured()) {
            throw new SaveCopyException(SaveCopyException.Reason.NOT_CONFIGURED);
        }
        String wanted = FileNames.withExtension(typed, format.extension());
        // Downloaded before the page lock is taken: no network wait while others wait for the lock.
        try (Spooled file = writer.downloadChecked(s, url, format.extension())) {
            return locks.withLock(DocumentCreator.pageLock(pageId), () -> {
                String fileName = FileNames.unique(wanted,
                        attachments.listOnPage(pageId).stream().map(StoredAttachment::fileName).toList());
                try (InputStream in = file.open()) {
                    return attachments.create(pageId, fileName, format.primaryMimeType(), userKey, in, file.size());
                }
            });
        } catch (ForeignUrlException e) {
            throw new SaveCopyException(SaveCopyException.Reason.FOREIGN_URL, e);
        } catch (ResultWriter.UnacceptableResultException e) {
            throw new SaveCopyException(e.httpStatus() == 413 ? SaveCopyException.Reason.TOO_LARGE
                    : SaveCopyException.Reason.BAD_CONTENT, e);
        } catch (DocsRejectedException e) {
            throw new SaveCopyException(SaveCopyException.Reason.DOCS_UNAVAILABLE, e);
        } catch (IOException e) {
            throw new SaveCopyException(SaveCopyException.Reason.DOCS_UNAVAILABLE, e);
        }
    }
}
