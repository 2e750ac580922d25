package app.docsbridge.core.create;

import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * "New document": stores a blank file of the chosen type as a new attachment of a page, under the name the user
 * typed (made unique on the page). Only signed-in users who may add attachments to the page can create. The blank
 * file follows the creator's locale (paper size, script font, proofing language).
 */
public class DocumentCreator {

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final FormatTable formats;
    private final ClusterLocks locks;
    private final Users users;
    private final AppSettings settings;

    public DocumentCreator(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                           ClusterLocks locks, Users users, AppSettings settings) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.formats = formats;
        this.locks = locks;
        this.users = users;
        this.settings = settings;
    }

    /** The name of the cluster lock under which the app adds attachments to one page (so names stay unique). */
    public static String pageLock(long pageId) {
        return "app.docsbridge.page-attachments." + pageId;
    }

    public StoredAttachment create(String userKey, long pageId, String type, String name)
            throws CreateException, IOException {
        if (userKey == null) {
            throw new CreateException(CreateException.Reason.LOGIN_REQUIRED);
        }
        if (!permissions.canAddAttachments(userKey, pageId)) {
            throw new CreateException(CreateException.Reason.FORBIDDEN);
        }
        if (!settings.snapshot().isReady()) {
            throw new CreateException(CreateException.Reason.NOT_CONFIGURED);
        }
        NewDocumentType kind = NewDocumentType.fromExtension(type)
                .orElseThrow(() -> new CreateException(CreateException.Reason.UNKNOWN_TYPE));
        Optional<FileNames.Problem> problem = FileNames.check(name);
        if (problem.isPresent()) {
            throw new CreateException(problem.get());
        }
        String wanted = FileNames.withExtension(name, kind.extension());
        String mediaType = formats.find(kind.extension()).map(Format::primaryMimeType)
                .orElse("application/octet-stream");
        byte[] blank = BlankDocuments.blank(kind, DocumentLocale.of(users.locale(userKey)));
        return locks.withLock(pageLock(pageId), () -> {
            String fileName = FileNames.unique(wanted,
                    attachments.listOnPage(pageId).stream().map(StoredAttachment::fileName).toList());
            return attachments.create(pageId, fileName, mediaType, userKey, new ByteArrayInputStream(blank),
                    blank.length);
        });
    }
}
