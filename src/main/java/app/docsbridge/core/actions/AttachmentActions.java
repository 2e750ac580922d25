package app.docsbridge.core.actions;

import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.util.Optional;

/** Decides which ONLYOFFICE actions a user gets for an attachment: by format, permission and size. */
public class AttachmentActions {

    /** The Document Server downloads at most this much (its default maxDownloadBytes). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final FormatTable formats;
    private final AppSettings settings;

    public AttachmentActions(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                             AppSettings settings) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.formats = formats;
        this.settings = settings;
    }

    public boolean allows(Action action, String userKey, long attachmentId) {
        // Until the app is configured, no action is offered: each would end in "not configured".
        if (!isReady()) {
            return false;
        }
        Optional<StoredAttachment> found = attachments.find(attachmentId);
        if (found.isEmpty()) {
            return false;
        }
        StoredAttachment attachment = found.get();
        Optional<Format> format = formats.find(attachment.extension());
        if (format.isEmpty() || !permissions.canView(userKey, attachmentId)) {
            return false;
        }
        boolean small = attachment.size() <= MAX_FILE_BYTES;
        return switch (action) {
            case EDIT -> small && mayEdit(userKey, attachment);
            // The size limit holds for every download of the Docs server, viewing included.
            case VIEW -> small && format.get().canView() && !mayEdit(userKey, attachment);
            case CONVERT -> small && userKey != null && convertTarget(format.get()).isPresent()
                    && permissions.canAddAttachments(userKey, attachment.pageId());
            case DOWNLOAD_AS -> small && !format.get().convertTargets().isEmpty();
        };
    }

    /**
     * "Convert to {@code target}": {@link Action#CONVERT} for a file whose conversion target is {@code target}, so
     * that each target (DOCX, XLSX, PPTX, PDF) can have its own menu item.
     */
    public boolean allowsConvertTo(String userKey, long attachmentId, String target) {
        return allows(Action.CONVERT, userKey, attachmentId)
                && attachments.find(attachmentId).flatMap(a -> formats.find(a.extension()))
                        .flatMap(this::convertTarget).filter(t -> t.equalsIgnoreCase(target)).isPresent();
    }

    /** Whether the app is configured enough (Docs address and secret) to offer any action. */
    public boolean isReady() {
        return settings.snapshot().isReady();
    }

    /** Edit needs a signed-in user with edit permission and a format editable under the current settings. */
    public boolean mayEdit(String userKey, StoredAttachment attachment) {
        return userKey != null
                && formats.isEditable(attachment.extension(), settings.snapshot().lossyEditable())
                && permissions.canEdit(userKey, attachment.id());
    }

    /**
     * The format a file converts to: the OOXML format of its type (DOCX, XLSX, PPTX), or PDF for the PDF family
     * (XPS, DjVu, forms). Empty when it already is that format or cannot be converted.
     */
    public Optional<String> convertTarget(Format format) {
        String target = format.type().ooxmlExtension();
        if (format.extension().equals(target) || !format.canConvertTo(target)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
