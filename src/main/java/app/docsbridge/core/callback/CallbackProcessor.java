package app.docsbridge.core.callback;

import app.docsbridge.core.activity.Contributors;
import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.history.HistoryRecorder;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Acts on Document Server callbacks: saves finished documents (status 2, and 3 with a file) as a new attachment
 * version attributed to the user who made the last change, saves forcesaves (6) without ending the session, and
 * acknowledges everything else. Saves of one attachment are serialized by a cluster-wide lock, and a callback that
 * arrives twice stores one version.
 */
public class CallbackProcessor {

    private static final Logger LOG = Logger.getLogger(CallbackProcessor.class.getName());

    /** Attachment properties that make repeated deliveries harmless. */
    static final String LAST_SAVED_KEY = "lastSavedKey";
    static final String LAST_FORCESAVE = "lastForcesave";
    static final String VERSION_COMMENT = "Edited in ONLYOFFICE";

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final FormatTable formats;
    private final AppSettings settings;
    private final DocumentKeys keys;
    private final DocsClient docs;
    private final ClusterLocks locks;
    private final CallbackVerifier verifier;
    private final EditingActivity activity;
    private final HistoryRecorder history;

    public CallbackProcessor(AttachmentStore attachments, Permissions permissions, Users users, FormatTable formats,
                             AppSettings settings, DocumentKeys keys, SignedLinks links, DocsClient docs,
                             ClusterLocks locks, TimeSource time, EditingActivity activity, HistoryRecorder history) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.formats = formats;
        this.settings = settings;
        this.keys = keys;
        this.docs = docs;
        this.locks = locks;
        this.verifier = new CallbackVerifier(links, time);
        this.activity = activity;
        this.history = history;
    }

    public CallbackAnswer process(CallbackRequest request) {
        VerifiedCallback callback;
        try {
            callback = verifier.verify(request, settings.snapshot().jwtSecret());
        } catch (InvalidTokenException e) {
            return CallbackAnswer.refused(403, "callback refused: " + e.getMessage());
        }
        int status = callback.status();
        boolean carriesFile = callback.url() != null;
        long attachmentId = callback.link().attachmentId();
        if (status == CallbackStatus.MUST_SAVE || (status == CallbackStatus.CORRUPTED && carriesFile)) {
            CallbackAnswer answer = saveUnderLock(callback, false);
            if (answer.isOk()) {
                int version = attachments.find(attachmentId).map(StoredAttachment::version).orElse(0);
                activity.ended(attachmentId, callback.key(), EditingActivity.State.SAVED, version);
            } else {
                activity.saveFailed(attachmentId, callback.key(), answer.httpStatus() >= 500);
            }
            return answer;
        }
        if (status == CallbackStatus.MUST_FORCE_SAVE && carriesFile) {
            return saveUnderLock(callback, true);
        }
        if (status == CallbackStatus.EDITING) {
            activity.editing(attachmentId, callback.key(), callback.users());
        } else if (status == CallbackStatus.CLOSED) {
            activity.ended(attachmentId, callback.key(), EditingActivity.State.UNCHANGED, 0);
        }
        // 1 (editing), 4 (closed unchanged), 3 or 7 without a file, and statuses we do not know: nothing to store.
        return CallbackAnswer.ok();
    }

    private CallbackAnswer saveUnderLock(VerifiedCallback callback, boolean forcesave) {
        long attachmentId = callback.link().attachmentId();
        if (!settings.snapshot().isConfigured()) {
            // The address was cleared while a session ran: nothing may be fetched now, but it may be set again.
            return CallbackAnswer.retryLater("the Docs address is not configured");
        }
        try {
            return locks.withLock("app.docsbridge.attachment." + attachmentId, () -> save(callback, forcesave));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "saving attachment " + attachmentId + " failed; the Docs server will retry", e);
            return CallbackAnswer.retryLater("saving failed: " + e.getMessage());
        }
    }

    private CallbackAnswer save(VerifiedCallback callback, boolean forcesave) throws IOException {
        long attachmentId = callback.link().attachmentId();
        String marker = forcesave ? callback.key() + "|" + callback.lastSave() + "|" + callback.url() : callback.key();
        String markerProperty = forcesave ? LAST_FORCESAVE : LAST_SAVED_KEY;
        if (attachments.property(attachmentId, markerProperty).filter(marker::equals).isPresent()) {
            return CallbackAnswer.ok(); // the same result arrived again: it is stored already
        }
        if (!forcesave && callback.notModified() && attachments.property(attachmentId, LAST_FORCESAVE)
                .filter(last -> last.startsWith(callback.key() + "|")).isPresent()) {
            // The final file equals the last forcesave of this session, which is stored already.
            keys.endSession(attachmentId);
            attachments.setProperty(attachmentId, LAST_SAVED_KEY, marker);
            return CallbackAnswer.ok();
        }
        Optional<StoredAttachment> found = attachments.find(attachmentId);
        if (found.isEmpty()) {
            return CallbackAnswer.refused(404, "the attachment no longer exists");
        }
        StoredAttachment attachment = found.get();
        Optional<String> editor = editorAllowedToSave(callback, attachment);
        if (editor.isEmpty()) {
            return CallbackAnswer.refused(403, "no user of this session may edit the attachment any more");
        }
        String resultUrl;
        try {
            resultUrl = resultInAttachmentFormat(callback, attachment);
        } catch (DocsRejectedException e) {
            return CallbackAnswer.refused(422, e.getMessage());
        }
        StoredAttachment stored;
        String comment = Contributors.comment(VERSION_COMMENT, Contributors.keys(callback.payload(),
                activity.contributorKeys(attachmentId, callback.key()), editor.get()), users,
                Contributors.MAX_COMMENT);
        try (DocsDownload download = docs.fetch(resultUrl)) {
            stored = store(attachment, editor.get(), download, comment);
        } catch (ForeignUrlException e) {
            return CallbackAnswer.refused(403, e.getMessage());
        } catch (DocsRejectedException e) {
            return CallbackAnswer.refused(422, e.getMessage());
        }
        if (forcesave) {
            keys.continueSession(attachmentId, stored.version(), callback.key());
        }
        attachments.setProperty(attachmentId, markerProperty, marker);
        history.versionSaved(stored, callback.payload());
        return CallbackAnswer.ok();
    }

    /**
     * The version is attributed to the user who made the last change when that user may still edit; otherwise to
     * the user whose editor produced this callback link, if that user may.
     */
    private Optional<String> editorAllowedToSave(VerifiedCallback callback, StoredAttachment attachment) {
        String changer = callback.lastChanger();
        if (changer != null && users.byKey(changer).isPresent() && permissions.canEdit(changer, attachment.id())) {
            return Optional.of(changer);
        }
        String opener = callback.link().userKey();
        if (users.byKey(opener).isPresent() && permissions.canEdit(opener, attachment.id())) {
            return Optional.of(opener);
        }
        return Optional.empty();
    }

    /** A result in another format than the attachment's is converted back; it is never stored under a wrong name. */
    private String resultInAttachmentFormat(VerifiedCallback callback, StoredAttachment attachment)
            throws IOException {
        String expected = attachment.extension();
        String actual = callback.fileType();
        if (actual == null || actual.equals(expected)) {
            return callback.url();
        }
        if (formats.find(actual).filter(f -> f.canConvertTo(expected)).isEmpty()) {
            throw new DocsRejectedException("the Docs server returned " + actual + ", which cannot become " + expected);
        }
        Map<String, Object> answer = docs.convert(Map.of(
                "async", false,
                "filetype", actual,
                "outputtype", expected,
                "key", (callback.key() + "_" + Integer.toHexString(callback.lastSave().hashCode()) + "_" + expected)
                        .replaceAll("[^0-9a-zA-Z._=-]", "_"),
                "url", callback.url(),
                "title", attachment.fileName()));
        if (answer.get("fileUrl") instanceof String fileUrl && Boolean.TRUE.equals(answer.get("endConvert"))) {
            return fileUrl;
        }
        throw new DocsRejectedException("converting the result to " + expected + " failed: " + answer.get("error"));
    }

    private StoredAttachment store(StoredAttachment attachment, String userKey, DocsDownload download, String comment)
            throws IOException {
        if (download.length() >= 0) {
            return attachments.storeVersion(attachment.id(), userKey, download.body(), download.length(),
                    comment);
        }
        // Confluence needs the size up front: spool to a temporary file rather than into memory.
        Path spool = Files.createTempFile("docsbridge-", ".part");
        try {
            Files.copy(download.body(), spool, StandardCopyOption.REPLACE_EXISTING);
            try (InputStream in = Files.newInputStream(spool)) {
                return attachments.storeVersion(attachment.id(), userKey, in, Files.size(spool), comment);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
