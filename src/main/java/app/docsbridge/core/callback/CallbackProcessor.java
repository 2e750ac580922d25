package app.docsbridge.core.callback;

import app.docsbridge.core.activity.Contributors;
import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.docs.SpoolFiles;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.history.HistoryRecorder;
import app.docsbridge.core.jwt.InvalidTokenException;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.recovery.ProblemReason;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.core.recovery.SaveProblems.Outcome;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Acts on Document Server callbacks: saves finished documents (status 2, and 3 with a file) as a new attachment
 * version attributed to the user who made the last change, saves forcesaves (6) without ending the session, and
 * acknowledges everything else. The result is downloaded and checked before any lock is taken; storing it runs
 * under a cluster-wide lock per attachment, and {@link ResultWriter} stores each distinct result exactly once.
 */
public class CallbackProcessor {

    private static final Logger LOG = Logger.getLogger(CallbackProcessor.class.getName());

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final FormatTable formats;
    private final AppSettings settings;
    private final DocsClient docs;
    private final CallbackVerifier verifier;
    private final ResultWriter writer;
    private final SaveProblems problems;
    private final EditingActivity activity;
    private final HistoryRecorder history;

    public CallbackProcessor(AttachmentStore attachments, Permissions permissions, Users users, FormatTable formats,
                             AppSettings settings, DocumentKeys keys, SignedLinks links, DocsClient docs,
                             ClusterLocks locks, TimeSource time, EditingActivity activity, SpoolFiles spool,
                             SaveProblems problems, Messages messages, HistoryRecorder history) {
        this.activity = activity;
        this.history = history;
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.formats = formats;
        this.settings = settings;
        this.docs = docs;
        this.problems = problems;
        this.verifier = new CallbackVerifier(links, time);
        this.writer = new ResultWriter(attachments, keys, docs, locks, spool, new VersionComments(messages, users));
    }

    /** The writer that stores results, shared with the recovery of forgotten files. */
    public ResultWriter writer() {
        return writer;
    }

    public CallbackAnswer process(CallbackRequest request) {
        AppSettings.Snapshot s = settings.snapshot(); // one read of the settings for the whole callback
        VerifiedCallback callback;
        try {
            callback = verifier.verify(request, s.jwtSecret());
        } catch (InvalidTokenException e) {
            return CallbackAnswer.refused(403, "callback refused: " + e.getMessage());
        }
        int status = callback.status();
        boolean carriesFile = callback.url() != null;
        long attachmentId = callback.link().attachmentId();
        if (status == CallbackStatus.MUST_SAVE || (status == CallbackStatus.CORRUPTED && carriesFile)) {
            Saved saved = save(s, callback, false);
            if (saved.answer().isOk()) {
                problems.retrySucceeded(callback.key());
                activity.ended(attachmentId, callback.key(), EditingActivity.State.SAVED, saved.version());
            } else {
                activity.saveFailed(attachmentId, callback.key(), saved.answer().httpStatus() >= 500);
            }
            return saved.answer();
        }
        if (status == CallbackStatus.MUST_FORCE_SAVE && carriesFile) {
            return save(s, callback, true).answer();
        }
        if (status == CallbackStatus.EDITING) {
            activity.editing(attachmentId, callback.key(), callback.users());
        } else if (status == CallbackStatus.CLOSED) {
            activity.ended(attachmentId, callback.key(), EditingActivity.State.UNCHANGED, 0);
        }
        // 1 (editing), 4 (closed unchanged), 3 or 7 without a file, and statuses we do not know: nothing to store.
        return CallbackAnswer.ok();
    }

    /** The answer for the Docs server and the version that holds the result (0 when none does). */
    private record Saved(CallbackAnswer answer, int version) {
        static Saved failed(CallbackAnswer answer) {
            return new Saved(answer, 0);
        }
    }

    private Saved save(AppSettings.Snapshot s, VerifiedCallback callback, boolean forcesave) {
        long attachmentId = callback.link().attachmentId();
        if (!s.isConfigured()) {
            // The address was cleared while a session ran: nothing may be fetched now, but it may be set again.
            return Saved.failed(CallbackAnswer.retryLater("the Docs address is not configured"));
        }
        ResultWriter.Result result = new ResultWriter.Result(callback.key(), callback.lastSave(), callback.url(),
                forcesave, callback.notModified() && !forcesave);
        java.util.OptionalInt stored = writer.alreadyStored(attachmentId, result);
        if (stored.isPresent()) {
            return new Saved(CallbackAnswer.ok(), stored.getAsInt()); // the same delivery again: stored before
        }
        Optional<StoredAttachment> found = attachments.find(attachmentId);
        if (found.isEmpty()) {
            return Saved.failed(refused(callback, forcesave, null, 404, ProblemReason.ATTACHMENT_GONE,
                    "the attachment no longer exists"));
        }
        StoredAttachment attachment = found.get();
        Optional<String> editor = editorAllowedToSave(callback, attachment);
        if (editor.isEmpty()) {
            return Saved.failed(refused(callback, forcesave, attachment, 403, ProblemReason.NO_EDIT_RIGHTS,
                    "no user of this session may edit the attachment any more"));
        }
        try {
            String resultUrl = resultInAttachmentFormat(s, callback, attachment);
            // Everyone who changed the document is named (within Confluence's 255 characters).
            // In the site's language: everybody reads it in the attachment's history (decisions/0011).
            VersionComments comments = writer.comments();
            String comment = comments.edited(Contributors.keys(callback.payload(),
                    activity.contributorKeys(attachmentId, callback.key()), editor.get()),
                    Contributors.MAX_COMMENT - comments.meanwhileRoom());
            ResultWriter.Outcome outcome = writer.write(s, attachment, editor.get(), result, resultUrl, comment);
            if (outcome.superseded()) {
                problems.record(callback.key(), attachmentId, attachment.fileName(), editor.get(),
                        callback.lastSave(), Outcome.SUPERSEDED, ProblemReason.OLDER_DELIVERY, outcome.message());
            }
            if (outcome.version() > 0) {
                // After the lock is released: the change data is fetched like the result, then indexed.
                history.versionSaved(attachmentId, outcome.version(), callback.payload());
            }
            return new Saved(CallbackAnswer.ok(), outcome.version());
        } catch (ForeignUrlException e) {
            return Saved.failed(refused(callback, forcesave, attachment, 403, ProblemReason.of(e), e.getMessage()));
        } catch (ResultWriter.UnacceptableResultException e) {
            return Saved.failed(refused(callback, forcesave, attachment, e.httpStatus(), ProblemReason.of(e),
                    e.getMessage()));
        } catch (DocsRejectedException e) {
            return Saved.failed(refused(callback, forcesave, attachment, 422, ProblemReason.of(e), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // Docs server unreachable or stalled, lock busy, Confluence failed to store: the Docs server retries.
            LOG.log(Level.WARNING, "saving attachment " + attachmentId + " failed; the Docs server will retry", e);
            record(callback, forcesave, attachment, forcesave ? Outcome.SESSION_CONTINUES : Outcome.RETRY,
                    ProblemReason.of(e), e.getMessage());
            return Saved.failed(CallbackAnswer.retryLater("saving failed: " + e.getMessage()));
        }
    }

    /** A refusal for good: the Docs server keeps the file as "forgotten" (docs-api §4.6); the admin sees why. */
    private CallbackAnswer refused(VerifiedCallback callback, boolean forcesave, StoredAttachment attachment,
                                   int httpStatus, ProblemReason why, String message) {
        record(callback, forcesave, attachment, forcesave ? Outcome.SESSION_CONTINUES : Outcome.KEPT_BY_DOCS, why,
                message);
        return CallbackAnswer.refused(httpStatus, message);
    }

    private void record(VerifiedCallback callback, boolean forcesave, StoredAttachment attachment, Outcome outcome,
                        ProblemReason why, String message) {
        String user = callback.lastChanger() != null ? callback.lastChanger() : callback.link().userKey();
        problems.record(callback.key(), callback.link().attachmentId(),
                attachment == null ? "" : attachment.fileName(), user, callback.lastSave(), outcome, why,
                (forcesave ? "forcesave: " : "") + (message == null ? "unknown error" : message));
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
    private String resultInAttachmentFormat(AppSettings.Snapshot s, VerifiedCallback callback,
                                            StoredAttachment attachment) throws IOException {
        String expected = attachment.extension();
        String actual = callback.fileType();
        if (actual == null || actual.equals(expected)) {
            return callback.url();
        }
        if (formats.find(actual).filter(f -> f.canConvertTo(expected)).isEmpty()) {
            throw new ResultFormatException("the Docs server returned " + actual + ", which cannot become " + expected);
        }
        Map<String, Object> answer = docs.convert(s, Map.of(
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
        throw new ResultFormatException("converting the result to " + expected + " failed: " + answer.get("error"));
    }
}
