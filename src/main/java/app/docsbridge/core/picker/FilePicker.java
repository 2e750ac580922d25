package app.docsbridge.core.picker;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.access.EditorAccess;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server side of the editor's Confluence file picker. It lists a page's files that the user may view and that
 * serve the purpose, and turns a picked file into the object the editor's method takes ({@code insertImage},
 * {@code setRequestedDocument}, {@code setRequestedSpreadsheet}): a scoped, expiring file link, signed as a whole
 * with the Docs secret (../shared/reference/docs-api.md §2.4). Every check happens here, not in the browser.
 */
public class FilePicker {

    /** The editor asks for the file at once; the link only has to outlive the Document Server's download retries. */
    static final Duration COMMAND_TTL = Duration.ofMinutes(5);
    /** Values the editor sends as {@code c}; anything else is refused rather than passed on. */
    static final Map<PickPurpose, Set<String>> COMMANDS = Map.of(
            PickPurpose.IMAGE, Set.of("add", "change", "fill", "watermark", "slide"),
            PickPurpose.DOCUMENT, Set.of("compare", "combine", "insert-text"),
            PickPurpose.SPREADSHEET, Set.of("mailmerge"));

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final EditorAccess access;
    private final FormatTable formats;
    private final SignedLinks links;
    private final AppSettings settings;
    private final TimeSource time;

    public FilePicker(AttachmentStore attachments, Permissions permissions, ContentDirectory content,
                      FormatTable formats, SignedLinks links, AppSettings settings, TimeSource time) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.access = new EditorAccess(attachments, permissions, content);
        this.formats = formats;
        this.links = links;
        this.settings = settings;
        this.time = time;
    }

    /** The page's files the user may view that serve the purpose, by name; refused when the page is not theirs to see. */
    public List<StoredAttachment> filesOnPage(String userKey, long pageId, PickPurpose purpose) throws PickException {
        access.checkPage(userKey, pageId, PickException::refused);
        return attachments.listOnPage(pageId).stream()
                .filter(a -> purpose.accepts(a.extension(), formats))
                .filter(a -> permissions.canView(userKey, a.id()))
                .sorted(Comparator.comparing(StoredAttachment::fileName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean acceptsCommand(PickPurpose purpose, String command) {
        // VIEW has no editor command: the macro's file is listed, never signed.
        return COMMANDS.getOrDefault(purpose, Set.of()).contains(command);
    }

    /**
     * The signed object for the editor's method, for a file the user picked while editing {@code editorAttachmentId}.
     * A file the user may not view is "not found", like one that does not exist.
     */
    public Map<String, Object> command(String userKey, long editorAttachmentId, long attachmentId, PickPurpose purpose,
                                       String command) throws PickException {
        access.checkEditorFile(userKey, editorAttachmentId, PickException::refused);
        if (!permissions.canView(userKey, attachmentId)) {
            throw new PickException(PickException.Reason.NOT_FOUND);
        }
        StoredAttachment picked = attachments.find(attachmentId)
                .orElseThrow(() -> new PickException(PickException.Reason.NOT_FOUND));
        if (!purpose.accepts(picked.extension(), formats) || !acceptsCommand(purpose, command)) {
            throw new PickException(PickException.Reason.UNSUPPORTED);
        }
        AppSettings.Snapshot s = settings.snapshot();
        String secret = s.jwtSecret().filter(x -> s.isConfigured())
                .orElseThrow(() -> new PickException(PickException.Reason.NOT_CONFIGURED));
        String fileType = purpose.fileType(picked.extension(), formats);
        String url = links.fileUrl(picked.id(), picked.version());

        Map<String, Object> object = new LinkedHashMap<>();
        object.put("c", command);
        if (purpose == PickPurpose.IMAGE) {
            object.put("images", List.of(Map.of("fileType", fileType, "url", url)));
        } else {
            object.put("fileType", fileType);
            object.put("url", url);
        }
        // The token covers the object without itself (docs-api §2.4, insertImage).
        String token = new JwtCodec(secret, new TimeSourceClock(time)).sign(object, COMMAND_TTL);
        object.put("token", token);
        return object;
    }
}
