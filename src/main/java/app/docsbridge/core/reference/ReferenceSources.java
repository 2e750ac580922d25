package app.docsbridge.core.reference;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.formats.DocumentType;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.settings.AppSettings;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linked data between spreadsheets (docs-api §2.4; ONLYOFFICE "Inserting external data"). Every spreadsheet's config
 * carries {@code document.referenceData {fileKey: <attachment id>, instanceId: <this app's instance>}}; a sheet that
 * pasted a link keeps that object, and the editor hands it back when the user updates values, changes the source or
 * opens it. This class finds the source attachment, checks that the user may view it, and answers with the object
 * for {@code setReferenceData} / {@code setReferenceSource}: a scoped, expiring link to the source's latest version,
 * signed as a whole with the Docs secret; or, to open the source, its editor page.
 *
 * <p>As the ONLYOFFICE documentation advises, the source is looked up by {@code referenceData} first and by the path
 * (the file name, on the page of the sheet being edited) or an IMPORTRANGE link to one of our editor pages or
 * Confluence attachment downloads only when there is none. A {@code referenceData} of another instance names a file
 * in another system and is refused; a file the user may not view is "not found", like one that does not exist.
 */
public class ReferenceSources {

    /** The editor fetches the source at once; the link only has to outlive the Document Server's download retries. */
    static final Duration COMMAND_TTL = Duration.ofMinutes(5);
    static final String EDITOR_PATH = "/plugins/servlet/onlyoffice/doceditor";
    private static final Pattern DOWNLOAD_PATH = Pattern.compile("/download/attachments/(\\d+)/([^/?#]+)");
    private static final Pattern ATTACHMENT_ID = Pattern.compile("(?:^|&)attachmentId=(\\d+)(?:&|$)");

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final FormatTable formats;
    private final SignedLinks links;
    private final DocumentKeys keys;
    private final AppSettings settings;
    private final HostUrls hostUrls;
    private final TimeSource time;

    public ReferenceSources(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                            SignedLinks links, DocumentKeys keys, AppSettings settings, HostUrls hostUrls,
                            TimeSource time) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.formats = formats;
        this.links = links;
        this.keys = keys;
        this.settings = settings;
        this.hostUrls = hostUrls;
        this.time = time;
    }

    /** "Update values": the signed object for {@code setReferenceData}, for the source the request names. */
    public Map<String, Object> data(String userKey, long editorAttachmentId, ReferenceRequest request)
            throws ReferenceException {
        return command(source(userKey, editorAttachmentId, request));
    }

    /** "Change source": the signed object for {@code setReferenceSource}, for the spreadsheet the user picked. */
    public Map<String, Object> changeSource(String userKey, long editorAttachmentId, long pickedAttachmentId)
            throws ReferenceException {
        editorFile(userKey, editorAttachmentId);
        return command(viewable(userKey, pickedAttachmentId));
    }

    /** "Open source": the editor page of the source, checked as for an update. */
    public String openUrl(String userKey, long editorAttachmentId, ReferenceRequest request) throws ReferenceException {
        StoredAttachment source = source(userKey, editorAttachmentId, request);
        return hostUrls.baseUrl() + EDITOR_PATH + "?attachmentId=" + source.id();
    }

    private StoredAttachment source(String userKey, long editorAttachmentId, ReferenceRequest request)
            throws ReferenceException {
        StoredAttachment editorFile = editorFile(userKey, editorAttachmentId);
        if (request.instanceId() != null && !request.instanceId().equals(settings.instanceId())) {
            throw new ReferenceException(ReferenceException.Reason.FOREIGN);
        }
        Optional<Long> id = byReferenceData(request)
                .or(() -> byPath(editorFile.pageId(), request.path()))
                .or(() -> byLink(request.link()));
        return viewable(userKey, id.orElseThrow(() -> new ReferenceException(ReferenceException.Reason.NOT_FOUND)));
    }

    private StoredAttachment editorFile(String userKey, long editorAttachmentId) throws ReferenceException {
        if (userKey == null) {
            throw new ReferenceException(ReferenceException.Reason.LOGIN_REQUIRED);
        }
        if (!permissions.canView(userKey, editorAttachmentId)) {
            throw new ReferenceException(ReferenceException.Reason.NOT_FOUND);
        }
        return attachments.find(editorAttachmentId)
                .orElseThrow(() -> new ReferenceException(ReferenceException.Reason.NOT_FOUND));
    }

    private StoredAttachment viewable(String userKey, long attachmentId) throws ReferenceException {
        if (!permissions.canView(userKey, attachmentId)) {
            throw new ReferenceException(ReferenceException.Reason.NOT_FOUND);
        }
        StoredAttachment source = attachments.find(attachmentId)
                .orElseThrow(() -> new ReferenceException(ReferenceException.Reason.NOT_FOUND));
        if (spreadsheetFormat(source).isEmpty()) {
            throw new ReferenceException(ReferenceException.Reason.UNSUPPORTED);
        }
        return source;
    }

    private Optional<Format> spreadsheetFormat(StoredAttachment file) {
        return formats.find(file.extension()).filter(f -> f.canView() && f.type() == DocumentType.CELL);
    }

    /** Our own referenceData: the file key is an attachment id (it never changes when the file is saved). */
    private Optional<Long> byReferenceData(ReferenceRequest request) {
        if (request.instanceId() == null) {
            return Optional.empty();
        }
        return positive(request.fileKey()).filter(id -> attachments.find(id).isPresent());
    }

    /** The formula's path is the source's file name (as {@link #command} set it); it names a file on the sheet's page. */
    private Optional<Long> byPath(long pageId, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1).trim();
        return attachments.listOnPage(pageId).stream()
                .filter(a -> a.fileName().equals(name))
                .map(StoredAttachment::id)
                .findFirst();
    }

    /** An IMPORTRANGE link: one of our editor pages or a Confluence attachment download, on this Confluence only. */
    private Optional<Long> byLink(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        URI base;
        try {
            uri = URI.create(link.trim());
            base = URI.create(hostUrls.baseUrl());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getRawPath() == null || !sameOrigin(uri, base)) {
            return Optional.empty();
        }
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (!uri.getRawPath().startsWith(basePath)) {
            return Optional.empty();
        }
        String path = uri.getRawPath().substring(basePath.length());
        if (path.equals(EDITOR_PATH) && uri.getRawQuery() != null) {
            Matcher m = ATTACHMENT_ID.matcher(uri.getRawQuery());
            return m.find() ? positive(m.group(1)) : Optional.empty();
        }
        Matcher download = DOWNLOAD_PATH.matcher(path);
        if (download.matches()) {
            long pageId = Long.parseLong(download.group(1));
            return byPath(pageId, URLDecoder.decode(download.group(2), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<Long> positive(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /**
     * {@code {fileType, key, path, referenceData, url, token}}: the source's latest version (the key lets the Document
     * Server take it from a running co-editing session), its name as the formula shows it, and our referenceData, so
     * the link keeps working after a rename; the token covers the object without itself (docs-api §2.4).
     */
    private Map<String, Object> command(StoredAttachment source) throws ReferenceException {
        AppSettings.Snapshot s = settings.snapshot();
        String secret = s.jwtSecret().filter(x -> s.isConfigured())
                .orElseThrow(() -> new ReferenceException(ReferenceException.Reason.NOT_CONFIGURED));
        Format format = spreadsheetFormat(source)
                .orElseThrow(() -> new ReferenceException(ReferenceException.Reason.UNSUPPORTED));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("fileType", format.extension());
        object.put("key", keys.keyFor(source));
        object.put("path", source.fileName());
        Map<String, Object> referenceData = new LinkedHashMap<>();
        referenceData.put("fileKey", String.valueOf(source.id()));
        referenceData.put("instanceId", settings.instanceId());
        object.put("referenceData", referenceData);
        object.put("url", links.fileUrl(source.id(), source.version()));
        String token = new JwtCodec(secret, new TimeSourceClock(time)).sign(object, COMMAND_TTL);
        object.put("token", token);
        return object;
    }
}
