package app.docsbridge.core.actions;

import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.util.Optional;

/**
 * Decides which ONLYOFFICE actions a user gets for an attachment: by format, permission and size.
 *
 * <p>An attachment list asks once per menu item and row. The decision for a user and an attachment version is
 * therefore made once per request and remembered for the rest of it (never longer: a permission changed on
 * another cluster node holds from the next request on). It costs at most two permission checks (view, and edit
 * when the format is editable) plus one check per page and request for adding attachments (Convert).
 */
public class AttachmentActions {

    /** The Document Server downloads at most this much (its default maxDownloadBytes). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final FormatTable formats;
    private final AppSettings settings;
    private final RequestScope request;

    public AttachmentActions(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                             AppSettings settings, RequestScope request) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.formats = formats;
        this.settings = settings;
        this.request = request;
    }

    /** Looks the attachment up by id (latest version); for callers that have no attachment at hand. */
    public boolean allows(Action action, String userKey, long attachmentId) {
        return attachments.find(attachmentId).map(a -> allowed(userKey, a).allows(action)).orElse(false);
    }

    /**
     * "Convert to {@code target}": {@link Action#CONVERT} for a file whose conversion target is {@code target}, so
     * that each target (DOCX, XLSX, PPTX, PDF) can have its own menu item.
     */
    public boolean allowsConvertTo(String userKey, long attachmentId, String target) {
        return attachments.find(attachmentId).map(a -> allowed(userKey, a).allowsConvertTo(target)).orElse(false);
    }

    /** What {@code userKey} may do with this version of the attachment; decided once per request. */
    public AllowedActions allowed(String userKey, StoredAttachment attachment) {
        String key = "actions:" + userKey + ":" + attachment.id() + ":" + attachment.version();
        return request.remember(key, () -> decide(userKey, attachment));
    }

    private AllowedActions decide(String userKey, StoredAttachment attachment) {
        Optional<Format> found = formats.find(attachment.extension());
        // Until the app is configured, no action is offered: each would end in "not configured". The size limit
        // holds for every download of the Docs server, viewing included.
        if (!isReady() || found.isEmpty() || attachment.size() > MAX_FILE_BYTES
                || !permissions.canView(userKey, attachment.id())) {
            return AllowedActions.NONE;
        }
        Format format = found.get();
        boolean edit = mayEdit(userKey, attachment);
        Optional<String> convert = userKey == null ? Optional.empty() : convertTarget(format)
                .filter(target -> canAddAttachments(userKey, attachment.pageId()));
        return new AllowedActions(edit, format.canView() && !edit, convert, !format.convertTargets().isEmpty());
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

    /** May add attachments to the page (Convert, New document): checked once per page and request. */
    public boolean canAddAttachments(String userKey, long pageId) {
        return userKey != null && request.remember("canAddAttachments:" + userKey + ":" + pageId,
                () -> permissions.canAddAttachments(userKey, pageId));
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
