package app.docsbridge.core.callback;

import app.docsbridge.core.activity.Contributors;
import app.docsbridge.core.callback.DeliveryLedger.SessionSave;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.docs.SpoolFiles;
import app.docsbridge.core.docs.SpoolFiles.ResultTooLargeException;
import app.docsbridge.core.docs.SpoolFiles.Spooled;
import app.docsbridge.core.formats.ContentCheck;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Stores a Document Server result as a new version of its attachment, exactly once per distinct result:
 * <ol>
 *   <li>download it to a spool file (bounded waits, capped size) and check that it is a file of the attachment's
 *       format, all before any lock is taken;</li>
 *   <li>then, under the attachment's cluster lock (a bounded wait: a busy lock answers "retry later"), look the
 *       result up in the {@link DeliveryLedger}, store it, and record it.</li>
 * </ol>
 * A result whose session base is older than the latest version is stored with a comment naming both versions, so
 * nothing of anybody's work disappears and nothing older silently becomes the latest version; an older delivery of
 * a session whose newer save is stored already is not stored again (see decisions/0007).
 */
public final class ResultWriter {

    static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private volatile Duration lockWait = LOCK_WAIT;
    private static final int MAX_COMMENT = 255;

    /** One result: the session's key, its lastsave, the URL it came from (null for a recovered file). */
    public record Result(String key, String lastSave, String url, boolean forcesave, boolean notModified) {
    }

    /** What happened: the version that holds the result, or that it was superseded (and why). */
    public record Outcome(int version, boolean superseded, String message) {
    }

    /** The result must not be stored, whatever happens on a retry: wrong format, too large, attachment gone. */
    public static final class UnacceptableResultException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int httpStatus;

        UnacceptableResultException(int httpStatus, String message) {
            super(message);
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    /** The result was an error page, empty or cut off: most likely the network, so the Docs server sends it again. */
    public static final class IncompleteResultException extends IOException {
        private static final long serialVersionUID = 1L;

        IncompleteResultException(String message) {
            super(message);
        }
    }

    /** Confluence failed to store the version; the Docs server sends the result again. */
    public static final class StoreFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        StoreFailedException(Exception cause) {
            super("Confluence could not store the new version: " + cause.getMessage(), cause);
        }
    }

    private final AttachmentStore attachments;
    private final DocumentKeys keys;
    private final DocsClient docs;
    private final ClusterLocks locks;
    private final SpoolFiles spool;
    private final DeliveryLedger ledger;
    private final VersionComments comments;

    public ResultWriter(AttachmentStore attachments, DocumentKeys keys, DocsClient docs, ClusterLocks locks,
                        SpoolFiles spool, VersionComments comments) {
        this.comments = comments;
        this.attachments = attachments;
        this.keys = keys;
        this.docs = docs;
        this.locks = locks;
        this.spool = spool;
        this.ledger = new DeliveryLedger(attachments);
    }

    /** The words of the comments this writer stores (the site's language). */
    public VersionComments comments() {
        return comments;
    }

    /** How long a save waits for the attachment's lock before answering "retry later" (tests shorten it). */
    public void lockWait(Duration wait) {
        this.lockWait = wait;
    }

    public static String lockName(long attachmentId) {
        return "app.docsbridge.attachment." + attachmentId;
    }

    /**
     * True when this very delivery was stored before (cheap: no download, no lock); a final save found stored ends
     * the session that continued across forcesaves, as storing it would have.
     */
    public OptionalInt alreadyStored(long attachmentId, Result result) {
        OptionalInt stored = result.url() == null ? OptionalInt.empty()
                : ledger.deliveryStored(attachmentId, result.key(), result.lastSave(), result.url());
        if (stored.isPresent()) {
            finish(attachmentId, result);
        }
        return stored;
    }

    /** The newest version a session stored, if any. */
    public Optional<SessionSave> newestOfSession(long attachmentId, String key) {
        return ledger.newestOfSession(attachmentId, key);
    }

    /** True when a result with this content was stored for the session. */
    public boolean contentStored(long attachmentId, String key, String sha256) {
        return ledger.contentStored(attachmentId, key, sha256).isPresent();
    }

    /**
     * Downloads, checks and stores {@code url}'s file for {@code result} with {@code commentPrefix} (null: "Edited in
     * ONLYOFFICE" in the site's language), to which a note is added when another version was saved since the session started.
     */
    public Outcome write(AppSettings.Snapshot s, StoredAttachment attachment, String userKey, Result result,
                         String url) throws IOException, ForeignUrlException {
        return write(s, attachment, userKey, result, url, null);
    }

    public Outcome write(AppSettings.Snapshot s, StoredAttachment attachment, String userKey, Result result,
                         String url, String commentPrefix) throws IOException, ForeignUrlException {
        long id = attachment.id();
        Optional<SessionSave> newest = ledger.newestOfSession(id, result.key());
        if (result.notModified() && newest.isPresent()) {
            // The Docs server's word that the final file equals the session's last forcesave, which is stored.
            finish(id, result);
            return new Outcome(newest.get().version(), false, "");
        }
        try (Spooled file = downloadChecked(s, url, attachment.extension())) {
            return locks.withLock(lockName(id), lockWait,
                    () -> commit(id, userKey, result, file, commentPrefix == null ? comments.edited(java.util.List.of(), MAX_COMMENT) : commentPrefix));
        }
    }

    /**
     * The save path's download of a Docs server result, for every use that stores one (saves, Save copy as): only
     * from the configured Docs server, bounded waits, the administrator's size cap, and a content check that the file
     * is one of {@code extension}. A plain {@link IOException} means "try again" (an error page, a cut-off transfer);
     * {@link UnacceptableResultException} means the file must not be stored.
     */
    public Spooled downloadChecked(AppSettings.Snapshot s, String url, String extension)
            throws IOException, ForeignUrlException {
        Spooled file = download(s, url);
        try {
            Optional<ContentCheck.Problem> problem = ContentCheck.problem(extension, file.path());
            if (problem.isPresent() && problem.get().passing()) {
                // An error page or a cut-off transfer: most likely a proxy or the network, so the Docs server should
                // fetch it again (a 5xx makes it retry, docs-api §4.6); it keeps the file if every attempt fails.
                throw new IncompleteResultException("the Docs server's result is " + problem.get().description()
                        + "; it was not stored and the Docs server will send it again");
            }
            if (problem.isPresent()) {
                throw new UnacceptableResultException(422, "the Docs server's result is "
                        + problem.get().description() + "; it was not stored");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private Spooled download(AppSettings.Snapshot s, String url) throws IOException, ForeignUrlException {
        long max = s.maxResultBytes();
        try (DocsDownload download = docs.fetch(s, url)) {
            if (download.length() > max) {
                throw tooLarge(max, download.length());
            }
            return spool.spool(download.body(), max);
        } catch (ResultTooLargeException e) {
            throw tooLarge(max, -1);
        }
    }

    private static UnacceptableResultException tooLarge(long max, long length) {
        return new UnacceptableResultException(413, "the result" + (length >= 0 ? " (" + length + " bytes)" : "")
                + " is larger than the limit of " + (max / (1024 * 1024)) + " MB set on the Configure page;"
                + " it was not stored");
    }

    /** Under the attachment's lock: the ledger decides, then the version is stored and recorded. */
    private Outcome commit(long id, String userKey, Result result, Spooled file, String commentPrefix)
            throws IOException {
        OptionalInt delivered = result.url() == null ? OptionalInt.empty()
                : ledger.deliveryStored(id, result.key(), result.lastSave(), result.url());
        if (delivered.isPresent()) {
            return new Outcome(delivered.getAsInt(), false, "");
        }
        OptionalInt sameContent = ledger.contentStored(id, result.key(), file.sha256());
        if (sameContent.isPresent()) {
            ledger.recordStored(id, result.key(), result.lastSave(), result.url(), file.sha256(),
                    sameContent.getAsInt());
            finish(id, result);
            return new Outcome(sameContent.getAsInt(), false, "");
        }
        Optional<SessionSave> newest = ledger.newestOfSession(id, result.key());
        if (newest.isPresent() && LastSave.compare(result.lastSave(), newest.get().lastSave()) < 0) {
            finish(id, result);
            return new Outcome(newest.get().version(), true, "a save of " + result.lastSave()
                    + " arrived after the newer save of " + newest.get().lastSave() + " (version "
                    + newest.get().version() + "), which already contains its changes; it was not stored again");
        }
        StoredAttachment latest = attachments.find(id)
                .orElseThrow(() -> new UnacceptableResultException(404, "the attachment no longer exists"));
        String comment = comment(commentPrefix, result.key(), latest, newest);
        StoredAttachment stored;
        try (InputStream in = file.open()) {
            stored = attachments.storeVersion(id, userKey, in, file.size(), comment);
        } catch (IOException | RuntimeException e) {
            throw new StoreFailedException(e);
        }
        ledger.recordStored(id, result.key(), result.lastSave(), result.url(), file.sha256(), stored.version());
        if (result.forcesave()) {
            keys.continueSession(id, stored.version(), result.key());
        } else {
            finish(id, result);
        }
        return new Outcome(stored.version(), false, "");
    }

    /** A final save ends a session that continued across forcesaved versions. */
    private void finish(long id, Result result) {
        if (!result.forcesave()) {
            keys.endSession(id, result.key());
        }
    }

    /** Names the version the session started from when another version was saved meanwhile (fits 255 characters). */
    private String comment(String prefix, String key, StoredAttachment latest, Optional<SessionSave> newest) {
        int basedOn = newest.map(SessionSave::version)
                .orElseGet(() -> keys.parse(key).map(DocumentKeys.KeyParts::baseVersion).orElse(latest.version()));
        String text = basedOn == latest.version() ? prefix : comments.savedMeanwhile(prefix, basedOn, latest.version());
        return Contributors.truncate(text, MAX_COMMENT);
    }
}
