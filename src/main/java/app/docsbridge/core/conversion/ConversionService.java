package app.docsbridge.core.conversion;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.create.DocumentCreator;
import app.docsbridge.core.create.FileNames;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.DocsUnavailableException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.docs.SpoolFiles;
import app.docsbridge.core.docs.SpoolFiles.Spooled;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Conversions through the Document Server's conversion API, polled by the browser: every poll sends the Docs server
 * the same asynchronous request (same key) until it reports the end. "Convert" then stores the result as a new
 * attachment on the source's page — once, however many polls arrive; "Download as" hands the result link on.
 */
public class ConversionService {

    /** Attachment property of the source: {@code <key> <attachment id>} of the stored result of one target. */
    static final String RESULT_PROPERTY_PREFIX = "converted.";

    /** Sources whose conversion result is a fillable PDF form when converted to PDF. */
    private static final Set<String> FORM_SOURCES = Set.of("docxf", "oform");

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final FormatTable formats;
    private final AttachmentActions actions;
    private final AppSettings settings;
    private final SignedLinks links;
    private final DocsClient docs;
    private final ClusterLocks locks;
    private final ConversionKeys keys;
    private final SpoolFiles spool;

    public ConversionService(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                             AttachmentActions actions, AppSettings settings, SignedLinks links, DocsClient docs,
                             ClusterLocks locks, SpoolFiles spool) {
        this.attachments = attachments;
        this.spool = spool;
        this.permissions = permissions;
        this.formats = formats;
        this.actions = actions;
        this.settings = settings;
        this.links = links;
        this.docs = docs;
        this.locks = locks;
        this.keys = new ConversionKeys(settings);
    }

    /** Starts or polls "Convert": the result becomes a new attachment next to the source. */
    public ConversionStatus convert(String userKey, long attachmentId, String target)
            throws ConversionException {
        StoredAttachment source = visible(userKey, attachmentId);
        if (userKey == null) {
            throw new ConversionException(ConversionException.Reason.LOGIN_REQUIRED);
        }
        Format format = formats.find(source.extension())
                .orElseThrow(() -> new ConversionException(ConversionException.Reason.UNSUPPORTED_TARGET));
        String wanted = normalise(target);
        if (!actions.convertTarget(format).map(wanted::equals).orElse(false)) {
            throw new ConversionException(ConversionException.Reason.UNSUPPORTED_TARGET);
        }
        if (!permissions.canAddAttachments(userKey, source.pageId())) {
            throw new ConversionException(ConversionException.Reason.FORBIDDEN);
        }
        checkSize(source);
        String key = keys.keyFor(source, wanted);
        Optional<StoredAttachment> earlier = storedResult(source, wanted, key);
        if (earlier.isPresent()) {
            return ConversionStatus.stored(earlier.get());
        }
        ConversionStatus status = request(source, format, wanted, key);
        if (!status.succeeded()) {
            return status;
        }
        try {
            return ConversionStatus.stored(store(source, wanted, key, status.resultUrl(), userKey));
        } catch (DocsUnavailableException e) {
            return ConversionStatus.failed(ConversionFailure.UNAVAILABLE, null);
        } catch (DocsRejectedException e) {
            return ConversionStatus.failed(ConversionFailure.FAILED, null);
        } catch (IOException | RuntimeException e) {
            // Confluence's attachment store fails unchecked (../shared/reference/atlassian-api.md §10).
            return ConversionStatus.failed(ConversionFailure.STORE_FAILED, null);
        }
    }

    /** Starts or polls "Download as": nothing is stored; when done, the status names the Docs server's result. */
    public ConversionStatus downloadAs(String userKey, long attachmentId, String target)
            throws ConversionException {
        StoredAttachment source = visible(userKey, attachmentId);
        String wanted = normalise(target);
        Format format = formats.find(source.extension())
                .filter(f -> f.canConvertTo(wanted))
                .orElseThrow(() -> new ConversionException(ConversionException.Reason.UNSUPPORTED_TARGET));
        checkSize(source);
        return request(source, format, wanted, keys.keyFor(source, wanted));
    }

    /**
     * The latest version of an attachment the user may see; otherwise as if it did not exist, except that an
     * anonymous visitor (typically: whose session ended) is asked to log in.
     */
    public StoredAttachment visible(String userKey, long attachmentId) throws ConversionException {
        Optional<StoredAttachment> found = attachments.find(attachmentId)
                .filter(a -> permissions.canView(userKey, a.id()));
        if (found.isPresent()) {
            return found.get();
        }
        throw new ConversionException(userKey == null ? ConversionException.Reason.LOGIN_REQUIRED
                : ConversionException.Reason.NOT_FOUND);
    }

    private static String normalise(String target) {
        return target == null ? "" : target.trim().toLowerCase(Locale.ROOT);
    }

    private static void checkSize(StoredAttachment source) throws ConversionException {
        if (source.size() > AttachmentActions.MAX_FILE_BYTES) {
            throw new ConversionException(ConversionException.Reason.TOO_LARGE);
        }
    }

    private ConversionStatus request(StoredAttachment source, Format format, String target, String key)
            throws ConversionException {
        AppSettings.Snapshot s = settings.snapshot();
        if (!s.isConfigured() || s.jwtSecret().isEmpty()) {
            // Without a secret the file link would be refused: Confluence serves files to signed requests only.
            throw new ConversionException(ConversionException.Reason.NOT_CONFIGURED);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("async", true);
        body.put("filetype", format.extension());
        body.put("outputtype", target);
        body.put("key", key);
        body.put("url", links.fileUrl(source.id(), source.version()));
        body.put("title", FileNames.baseName(source.fileName()) + "." + target);
        if ("pdf".equals(target) && FORM_SOURCES.contains(format.extension())) {
            body.put("pdf", Map.of("form", true));
        }
        Map<String, Object> answer;
        try {
            answer = docs.convert(s, body);
        } catch (DocsUnavailableException e) {
            return ConversionStatus.failed(ConversionFailure.UNAVAILABLE, null);
        } catch (IOException e) {
            return ConversionStatus.failed(ConversionFailure.FAILED, null);
        }
        return parse(answer, target);
    }

    static ConversionStatus parse(Map<String, Object> answer, String target) {
        if (answer.get("error") instanceof Number code && code.intValue() != 0) {
            return ConversionStatus.failed(ConversionFailure.fromCode(code.intValue()), code.intValue());
        }
        if (Boolean.TRUE.equals(answer.get("endConvert")) || "true".equals(String.valueOf(answer.get("endConvert")))) {
            if (!(answer.get("fileUrl") instanceof String url) || url.isEmpty()) {
                return ConversionStatus.failed(ConversionFailure.FAILED, null);
            }
            String fileType = answer.get("fileType") instanceof String t && t.matches("[a-zA-Z0-9]{1,10}")
                    ? t.toLowerCase(Locale.ROOT) : target;
            return ConversionStatus.converted(url, fileType);
        }
        if (answer.containsKey("error")) {
            // Error 0 without a result (cell limits): the conversion cannot finish.
            return ConversionStatus.failed(ConversionFailure.FAILED, 0);
        }
        int percent = answer.get("percent") instanceof Number p ? p.intValue() : 0;
        return ConversionStatus.running(percent);
    }

    /** The attachment an earlier poll stored for this very conversion, if it is still there. */
    private Optional<StoredAttachment> storedResult(StoredAttachment source, String target, String key) {
        return attachments.property(source.id(), RESULT_PROPERTY_PREFIX + target)
                .filter(value -> value.startsWith(key + " "))
                .flatMap(value -> parseId(value.substring(key.length() + 1)))
                .flatMap(attachments::find)
                .filter(result -> result.pageId() == source.pageId());
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private StoredAttachment store(StoredAttachment source, String target, String key, String resultUrl,
                                   String userKey) throws IOException {
        // The result is downloaded before the page lock is taken: no network wait while others wait for the lock.
        AppSettings.Snapshot s = settings.snapshot();
        try (Spooled result = download(s, resultUrl)) {
            // One lock per page: polls of this conversion and other new attachments wait, so names stay unique and
            // a result is stored once.
            return locks.withLock(DocumentCreator.pageLock(source.pageId()), () -> {
                Optional<StoredAttachment> earlier = storedResult(source, target, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                String fileName = FileNames.unique(FileNames.baseName(source.fileName()) + "." + target,
                        attachments.listOnPage(source.pageId()).stream().map(StoredAttachment::fileName).toList());
                String mediaType = formats.find(target).map(Format::primaryMimeType)
                        .orElse("application/octet-stream");
                StoredAttachment created;
                try (InputStream in = result.open()) {
                    created = attachments.create(source.pageId(), fileName, mediaType, userKey, in, result.size());
                }
                attachments.setProperty(source.id(), RESULT_PROPERTY_PREFIX + target, key + " " + created.id());
                return created;
            });
        }
    }

    /** Spools the Docs server's result (bounded waits, capped at the administrator's size limit). */
    private Spooled download(AppSettings.Snapshot s, String resultUrl) throws IOException {
        long max = s.maxResultBytes();
        try (DocsDownload download = docs.fetch(s, resultUrl)) {
            if (download.length() > max) {
                throw new DocsRejectedException("the converted file is larger than the limit of " + max + " bytes");
            }
            return spool.spool(download.body(), max);
        } catch (SpoolFiles.ResultTooLargeException e) {
            throw new DocsRejectedException("the converted file is larger than the limit of " + max + " bytes");
        } catch (ForeignUrlException e) {
            throw new DocsRejectedException(e.getMessage());
        }
    }
}
