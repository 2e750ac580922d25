package app.docsbridge.core.conversion;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.callback.VersionComments;
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

    /** Stored comments in the site's language (decisions/0011). */
    private final VersionComments comments;

    public ConversionService(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                             AttachmentActions actions, AppSettings settings, SignedLinks links, DocsClient docs,
                             ClusterLocks locks, SpoolFiles spool, VersionComments comments) {
        this.comments = comments;
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

    /** Starts or polls "Convert" under the name the result would get by default. */
    public ConversionStatus convert(String userKey, long attachmentId, String target)
            throws ConversionException {
        return convert(userKey, attachmentId, target, null);
    }

    /**
     * Starts or polls "Convert". The first conversion of a file stores its result as a new attachment next to it
     * (named {@code fileName} plus the target's extension when given, otherwise after the source; a taken name gets a
     * number); converting the same version again answers that result ({@link ConversionStatus.Outcome#EXISTING});
     * after the source changed, the result becomes a new version of the earlier result when the user may edit it.
     */
    public ConversionStatus convert(String userKey, long attachmentId, String target, String fileName)
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
        Optional<EarlierResult> earlier = earlierResult(source, wanted);
        if (earlier.isPresent() && earlier.get().key().equals(key)) {
            return ConversionStatus.stored(earlier.get().attachment(), ConversionStatus.Outcome.EXISTING);
        }
        ConversionStatus status = request(source, format, wanted, key);
        if (!status.succeeded()) {
            return status;
        }
        try {
            return store(source, wanted, key, status.resultUrl(), userKey, fileName);
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

    /** The stored result of an earlier conversion of {@code source} to {@code target} and the key it was made with. */
    record EarlierResult(StoredAttachment attachment, String key) {
    }

    /** The result an earlier conversion of this file to this target stored, if it is still on the page. */
    private Optional<EarlierResult> earlierResult(StoredAttachment source, String target) {
        Optional<String> value = attachments.property(source.id(), RESULT_PROPERTY_PREFIX + target);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int space = value.get().lastIndexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        String key = value.get().substring(0, space);
        return parseId(value.get().substring(space + 1))
                .flatMap(attachments::find)
                .filter(result -> result.pageId() == source.pageId())
                .filter(result -> result.extension().equals(target))
                .map(result -> new EarlierResult(result, key));
    }

    /**
     * What "Convert" of {@code source} to {@code target} would do, for the dialog to say before it starts: the name
     * of the result, the earlier result it would answer ({@code upToDate}) or add a version to, and whether a new
     * result's default name is taken by another attachment (it would get a number).
     */
    public record Plan(String fileName, StoredAttachment earlier, boolean upToDate, boolean nameTaken) {
    }

    public Plan plan(String userKey, StoredAttachment source, String target) {
        String wanted = normalise(target);
        Optional<EarlierResult> earlier = earlierResult(source, wanted);
        if (earlier.isPresent()) {
            StoredAttachment result = earlier.get().attachment();
            if (earlier.get().key().equals(keys.keyFor(source, wanted))) {
                return new Plan(result.fileName(), result, true, false);
            }
            if (permissions.canEdit(userKey, result.id())) {
                return new Plan(result.fileName(), result, false, false);
            }
        }
        String fileName = FileNames.baseName(source.fileName()) + "." + wanted;
        return new Plan(fileName, null, false, isTaken(source.pageId(), fileName));
    }

    private boolean isTaken(long pageId, String fileName) {
        return attachments.listOnPage(pageId).stream().anyMatch(a -> a.fileName().equalsIgnoreCase(fileName));
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private ConversionStatus store(StoredAttachment source, String target, String key, String resultUrl,
                                   String userKey, String requestedName) throws IOException {
        // The result is downloaded before the page lock is taken: no network wait while others wait for the lock.
        AppSettings.Snapshot s = settings.snapshot();
        try (Spooled result = download(s, resultUrl)) {
            // One lock per page: polls of this conversion and other new attachments wait, so names stay unique and
            // a result is stored once.
            return locks.withLock(DocumentCreator.pageLock(source.pageId()), () -> {
                Optional<EarlierResult> earlier = earlierResult(source, target);
                if (earlier.isPresent() && earlier.get().key().equals(key)) {
                    return ConversionStatus.stored(earlier.get().attachment(), ConversionStatus.Outcome.EXISTING);
                }
                if (earlier.isPresent() && permissions.canEdit(userKey, earlier.get().attachment().id())) {
                    StoredAttachment updated;
                    try (InputStream in = result.open()) {
                        updated = attachments.storeVersion(earlier.get().attachment().id(), userKey, in,
                                result.size(), comments.convertedAgain(source.fileName(), source.version()));
                    }
                    attachments.setProperty(source.id(), RESULT_PROPERTY_PREFIX + target, key + " " + updated.id());
                    return ConversionStatus.stored(updated, ConversionStatus.Outcome.UPDATED);
                }
                String wantedName = requestedName == null || requestedName.isBlank()
                        ? FileNames.baseName(source.fileName()) + "." + target
                        : FileNames.withExtension(requestedName, target);
                String fileName = FileNames.unique(wantedName,
                        attachments.listOnPage(source.pageId()).stream().map(StoredAttachment::fileName).toList());
                String mediaType = formats.find(target).map(Format::primaryMimeType)
                        .orElse("application/octet-stream");
                StoredAttachment created;
                try (InputStream in = result.open()) {
                    created = attachments.create(source.pageId(), fileName, mediaType, userKey, in, result.size());
                }
                attachments.setProperty(source.id(), RESULT_PROPERTY_PREFIX + target, key + " " + created.id());
                return ConversionStatus.stored(created, ConversionStatus.Outcome.CREATED);
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
