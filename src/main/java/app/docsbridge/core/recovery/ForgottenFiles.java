package app.docsbridge.core.recovery;

import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.callback.CallbackProcessor;
import app.docsbridge.core.callback.DeliveryLedger;
import app.docsbridge.core.callback.ResultWriter;
import app.docsbridge.core.docs.DocsRejectedException;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.core.docs.DocsClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files the Docs server could not deliver ("forgotten" files, docs-api §4.6 and the command service's
 * {@code getForgottenList} / {@code getForgotten} / {@code deleteForgotten}, §6): listed for the administrator with
 * file, user and time, stored as a new version or discarded on request, and stored automatically when the
 * attachment still exists, the user who made the change may still edit it, and nothing newer was saved since the
 * session started. Only keys this Confluence made are considered: a Docs server may serve several hosts.
 */
public class ForgottenFiles {

    private static final Logger LOG = Logger.getLogger(ForgottenFiles.class.getName());
    /** One forgotten file as the Configure page lists it. */
    public record Entry(String key, long attachmentId, String fileName, long pageId, int baseVersion,
                        int latestVersion, String userKey, String userName, String at, String reason,
                        boolean newerSaved, ProblemReason why) {
    }

    /** The files still waiting, and those stored automatically by this call. */
    public record Listing(List<Entry> waiting, List<Entry> recovered) {
    }

    /** The file cannot be stored or discarded, for a reason the Configure page names. */
    public static final class NotStorableException extends DocsRejectedException {
        private static final long serialVersionUID = 1L;
        private final transient ProblemReason why;

        NotStorableException(ProblemReason why, String message) {
            super(message);
            this.why = why;
        }

        public ProblemReason why() {
            return why;
        }
    }

    private final DocsClient docs;
    private final AppSettings settings;
    private final DocumentKeys keys;
    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final SaveProblems problems;
    private final ResultWriter writer;
    private final TimeSource time;
    private final EditingActivity activity;

    public ForgottenFiles(DocsClient docs, AppSettings settings, DocumentKeys keys, AttachmentStore attachments,
                          Permissions permissions, Users users, SaveProblems problems, CallbackProcessor callbacks,
                          TimeSource time, EditingActivity activity) {
        this.docs = docs;
        this.settings = settings;
        this.keys = keys;
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.problems = problems;
        this.writer = callbacks.writer();
        this.time = time;
        this.activity = activity;
    }

    /** Lists this Confluence's forgotten files after storing those that can be stored without asking. */
    public Listing listAndRecover() throws IOException {
        AppSettings.Snapshot s = settings.snapshot();
        List<Entry> waiting = new ArrayList<>();
        List<Entry> recovered = new ArrayList<>();
        if (!s.isConfigured()) {
            return new Listing(waiting, recovered); // no Docs server to ask yet
        }
        for (String key : forgottenKeys(s)) {
            Optional<Entry> entry = describe(key);
            if (entry.isEmpty()) {
                continue; // another host's file
            }
            Entry e = entry.get();
            if (automatic(e)) {
                try {
                    store(s, e, e.userKey(), lastSaveOf(key));
                    recovered.add(e);
                    continue;
                } catch (IOException | ForeignUrlException | RuntimeException ex) {
                    LOG.log(Level.WARNING, "could not recover the forgotten file " + key + " automatically", ex);
                    e = new Entry(e.key(), e.attachmentId(), e.fileName(), e.pageId(), e.baseVersion(),
                            e.latestVersion(), e.userKey(), e.userName(), e.at(), ex.getMessage(), e.newerSaved(),
                            ProblemReason.of(ex));
                }
            }
            waiting.add(e);
        }
        return new Listing(waiting, recovered);
    }

    /** Stores the forgotten file of {@code key} as a new version attributed to {@code userKey}; returns it. */
    public int store(String key, String userKey) throws IOException {
        Entry e = describe(key).orElseThrow(() -> new NotStorableException(ProblemReason.GONE_FROM_DOCS,
                "no forgotten file of this Confluence"));
        if (e.attachmentId() == 0 || attachments.find(e.attachmentId()).isEmpty()) {
            throw new NotStorableException(ProblemReason.ATTACHMENT_GONE,
                    "the attachment no longer exists; download the file from the Docs server");
        }
        try {
            // Now, not the old lastsave: the administrator asked for it, so it is never taken for a stale delivery.
            return store(settings.snapshot(), e, userKey, time.now().toString());
        } catch (ForeignUrlException ex) {
            throw new NotStorableException(ProblemReason.FOREIGN_URL, ex.getMessage());
        }
    }

    /** Deletes the forgotten file of {@code key} on the Docs server. */
    public void discard(String key) throws IOException {
        if (describe(key).isEmpty()) {
            throw new NotStorableException(ProblemReason.GONE_FROM_DOCS, "no forgotten file of this Confluence");
        }
        Map<String, Object> answer = docs.command(settings.snapshot(), Map.of("c", "deleteForgotten", "key", key));
        if (!isZero(answer.get("error")) && !isOne(answer.get("error"))) {
            throw new DocsRejectedException("the Docs server answered error " + answer.get("error"));
        }
        problems.clear(key);
    }

    private int store(AppSettings.Snapshot s, Entry e, String userKey, String lastSave)
            throws IOException, ForeignUrlException {
        Map<String, Object> answer = docs.command(s, Map.of("c", "getForgotten", "key", e.key()));
        if (!isZero(answer.get("error")) || !(answer.get("url") instanceof String url) || url.isEmpty()) {
            throw new NotStorableException(ProblemReason.GONE_FROM_DOCS,
                    "the Docs server has no forgotten file for this key any more");
        }
        StoredAttachment attachment = attachments.find(e.attachmentId())
                .orElseThrow(() -> new NotStorableException(ProblemReason.ATTACHMENT_GONE,
                        "the attachment no longer exists"));
        ResultWriter.Outcome outcome = writer.write(s, attachment, userKey,
                new ResultWriter.Result(e.key(), lastSave, null, false, false), url, writer.comments().recovered());
        docs.command(s, Map.of("c", "deleteForgotten", "key", e.key()));
        problems.clear(e.key());
        // The editor's tab that still shows "retrying" for this session now learns the version that holds its work.
        activity.ended(e.attachmentId(), e.key(), EditingActivity.State.SAVED, outcome.version());
        return outcome.version();
    }

    /** Stored without asking: the attachment exists, its editor may still edit, and nothing newer was saved. */
    private boolean automatic(Entry e) {
        return e.attachmentId() != 0 && !e.newerSaved() && e.userKey() != null && !e.userKey().isEmpty()
                && users.byKey(e.userKey()).isPresent() && permissions.canEdit(e.userKey(), e.attachmentId());
    }

    /** Keys as the reference documents them ({@code "keys":["…"]}); a path-like form keeps its last segment. */
    private List<String> forgottenKeys(AppSettings.Snapshot s) throws IOException {
        Map<String, Object> answer = docs.command(s, Map.of("c", "getForgottenList"));
        if (!isZero(answer.get("error"))) {
            throw new DocsRejectedException("the Docs server answered error " + answer.get("error")
                    + " to getForgottenList");
        }
        List<String> result = new ArrayList<>();
        if (answer.get("keys") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String k && !k.isBlank()) {
                    String trimmed = k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
                    result.add(trimmed.substring(trimmed.lastIndexOf('/') + 1));
                }
            }
        }
        return result;
    }

    private Optional<Entry> describe(String key) {
        Optional<DocumentKeys.KeyParts> parts = keys.parse(key);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        long id = parts.get().attachmentId();
        Optional<StoredAttachment> attachment = attachments.find(id);
        Optional<SaveProblems.Problem> problem = problems.forKey(key);
        String userKey = problem.map(SaveProblems.Problem::userKey).filter(u -> !u.isEmpty()).orElse(null);
        String userName = userKey == null ? "" : users.byKey(userKey).map(AppUser::displayName).orElse(userKey);
        int latest = attachment.map(StoredAttachment::version).orElse(0);
        int sessionNewest = attachment.isEmpty() ? 0
                : writer.newestOfSession(id, key).map(DeliveryLedger.SessionSave::version).orElse(0);
        boolean newer = attachment.isEmpty() || (latest != parts.get().baseVersion() && latest != sessionNewest);
        return Optional.of(new Entry(key, attachment.isPresent() ? id : 0,
                attachment.map(StoredAttachment::fileName).orElse(problem.map(SaveProblems.Problem::fileName).orElse("")),
                attachment.map(StoredAttachment::pageId).orElse(0L), parts.get().baseVersion(), latest, userKey,
                userName, problem.map(SaveProblems.Problem::at).orElse(""),
                problem.map(SaveProblems.Problem::reason).orElse(""), newer,
                problem.map(SaveProblems.Problem::why).orElse(ProblemReason.OTHER)));
    }

    private String lastSaveOf(String key) {
        return problems.forKey(key).map(SaveProblems.Problem::lastSave).filter(v -> !v.isEmpty())
                .orElse(time.now().toString());
    }

    private static boolean isZero(Object error) {
        return error instanceof Number n && n.intValue() == 0;
    }

    private static boolean isOne(Object error) {
        return error instanceof Number n && n.intValue() == 1;
    }
}
