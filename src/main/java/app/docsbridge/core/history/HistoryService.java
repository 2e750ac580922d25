package app.docsbridge.core.history;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.callback.VersionComments;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.DocsDownload;
import app.docsbridge.core.docs.ForeignUrlException;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.HistoryStore;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.StoredVersion;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's version history: the list for {@code refreshHistory}, the signed data for {@code setHistoryData},
 * the change archives for the Document Server, and restoring a version as a new latest version.
 * Reading costs one version query and one index read whatever the number of versions.
 */
public class HistoryService {

    static final Duration DATA_TOKEN_TTL = Duration.ofMinutes(30);

    private final AttachmentStore attachments;
    private final HistoryStore store;
    private final Permissions permissions;
    private final Users users;
    private final AttachmentActions actions;
    private final AppSettings settings;
    private final DocumentKeys keys;
    private final SignedLinks links;
    private final DocsClient docs;
    private final ClusterLocks locks;
    private final EditingActivity activity;
    private final TimeSource time;
    /** Stored comments in the site's language (decisions/0011). */
    private final VersionComments comments;

    public HistoryService(AttachmentStore attachments, HistoryStore store, Permissions permissions, Users users,
                          AttachmentActions actions, AppSettings settings, DocumentKeys keys, SignedLinks links,
                          DocsClient docs, ClusterLocks locks, EditingActivity activity, TimeSource time,
                          VersionComments comments) {
        this.comments = comments;
        this.attachments = attachments;
        this.store = store;
        this.permissions = permissions;
        this.users = users;
        this.actions = actions;
        this.settings = settings;
        this.keys = keys;
        this.links = links;
        this.docs = docs;
        this.locks = locks;
        this.activity = activity;
        this.time = time;
    }

    /**
     * {@code {currentVersion, history:[{key, version, created, user:{id, name, image}, comment, changes?,
     * serverVersion?}], canRestore}}, oldest first; {@code created} is an ISO instant (the browser shows it in the
     * user's time zone).
     */
    public Map<String, Object> list(long attachmentId) throws HistoryException {
        String userKey = viewer(attachmentId);
        List<StoredVersion> versions = attachments.allVersions(attachmentId);
        if (versions.isEmpty()) {
            throw new HistoryException(HistoryException.Reason.NOT_FOUND, "no such attachment");
        }
        StoredAttachment latest = versions.get(versions.size() - 1).file();
        Map<Integer, HistoryIndex.Entry> index = HistoryIndex.parse(store.readIndex(attachmentId));
        Map<String, Map<String, Object>> authors = new HashMap<>();
        List<Map<String, Object>> history = new ArrayList<>(versions.size());
        for (StoredVersion v : versions) {
            StoredAttachment file = v.file();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", keys.keyForVersion(file, latest.version()));
            item.put("version", file.version());
            item.put("created", file.modified().toString());
            item.put("user", authors.computeIfAbsent(String.valueOf(file.lastModifierKey()), k -> author(file)));
            item.put("comment", v.comment() == null ? "" : v.comment());
            HistoryIndex.Entry entry = index.get(file.version());
            if (entry != null && entry.describes(file)) {
                if (entry.changes() != null) {
                    item.put("changes", entry.changes());
                }
                if (entry.serverVersion() != null) {
                    item.put("serverVersion", entry.serverVersion());
                }
            }
            history.add(item);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("currentVersion", latest.version());
        answer.put("history", history);
        answer.put("canRestore", userKey != null && actions.mayEdit(userKey, latest));
        return answer;
    }

    /** The object for {@code setHistoryData}, signed with the Docs secret: the version, and its diff when kept. */
    public Map<String, Object> data(long attachmentId, int version) throws HistoryException {
        viewer(attachmentId);
        String secret = settings.snapshot().jwtSecret()
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.NOT_CONFIGURED, "no JWT secret"));
        StoredAttachment latest = attachments.find(attachmentId)
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.NOT_FOUND, "no such attachment"));
        StoredAttachment file = attachments.findVersion(attachmentId, version)
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.NOT_FOUND, "no such version"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", file.version());
        data.put("key", keys.keyForVersion(file, latest.version()));
        data.put("url", links.fileUrl(attachmentId, file.version()));
        data.put("fileType", file.extension());
        Optional<StoredAttachment> previous = version > 1 ? attachments.findVersion(attachmentId, version - 1)
                : Optional.empty();
        HistoryIndex.Entry entry = HistoryIndex.parse(store.readIndex(attachmentId)).get(version);
        if (previous.isPresent() && entry != null && entry.archive() != null && entry.describes(file)) {
            data.put("changesUrl", links.changesUrl(attachmentId, version));
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("key", keys.keyForVersion(previous.get(), latest.version()));
            before.put("url", links.fileUrl(attachmentId, previous.get().version()));
            before.put("fileType", previous.get().extension());
            data.put("previous", before);
        }
        data.put("token", new JwtCodec(secret, new TimeSourceClock(time)).sign(data, DATA_TOKEN_TTL));
        return data;
    }

    /** The change archive of one version, for the Document Server (the caller verified the signed link). */
    public Optional<InputStream> archive(long attachmentId, int version) throws IOException {
        Optional<StoredAttachment> file = attachments.findVersion(attachmentId, version);
        HistoryIndex.Entry entry = HistoryIndex.parse(store.readIndex(attachmentId)).get(version);
        if (file.isEmpty() || entry == null || entry.archive() == null || !entry.describes(file.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(store.openArchive(attachmentId, entry.archive()));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores version {@code version} (or, with {@code docsUrl}, the state the Docs server assembled for a point in
     * its change list) as the new latest version, attributed to the current user. {@code editorKey} is the document
     * key of the restorer's editor: a restore from an outdated (or unnamed) editor, or while others edit, is refused
     * before anything is fetched or stored.
     */
    public StoredAttachment restore(long attachmentId, int version, String docsUrl, String editorKey)
            throws HistoryException {
        AppUser user = users.current()
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.LOGIN_REQUIRED, "sign in"));
        StoredAttachment latest = attachments.find(attachmentId)
                .filter(a -> permissions.canView(user.key(), attachmentId))
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.NOT_FOUND, "no such attachment"));
        if (!actions.mayEdit(user.key(), latest)) {
            throw new HistoryException(HistoryException.Reason.FORBIDDEN, "you may not edit this attachment");
        }
        StoredAttachment source = attachments.findVersion(attachmentId, version)
                .orElseThrow(() -> new HistoryException(HistoryException.Reason.NOT_FOUND, "no such version"));
        if (!settings.snapshot().isConfigured()) {
            throw new HistoryException(HistoryException.Reason.NOT_CONFIGURED, "the Docs address is not configured");
        }
        boolean fromDocs = docsUrl != null && !docsUrl.isBlank() && !docsUrl.contains(SignedLinks.FILE_PATH + "?");
        try {
            return locks.withLock(HistoryRecorder.lockName(attachmentId), () -> {
                StoredAttachment current = attachments.find(attachmentId).orElseThrow(
                        () -> new java.io.FileNotFoundException("attachment " + attachmentId));
                String currentKey = keys.keyFor(current);
                // The restorer's editor must show the current version: without its key we cannot tell.
                if (editorKey == null || !editorKey.equals(currentKey)) {
                    throw new Refused(HistoryException.Reason.STALE, "a newer version was saved meanwhile");
                }
                if (activity.editorCount(attachmentId) > 1) {
                    throw new Refused(HistoryException.Reason.CO_EDITING, "others are editing the document");
                }
                String comment = comments.restored(version);
                if (fromDocs) {
                    try (DocsDownload download = docs.fetch(docsUrl)) {
                        return store(attachmentId, user.key(), download.body(), download.length(), comment);
                    } catch (ForeignUrlException e) {
                        throw new Refused(HistoryException.Reason.NOT_FOUND, "the restore link is not the Docs server's");
                    }
                }
                try (InputStream in = attachments.open(attachmentId, source.version())) {
                    return attachments.storeVersion(attachmentId, user.key(), in, source.size(), comment);
                }
            });
        } catch (Refused e) {
            throw new HistoryException(e.reason, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new HistoryException(HistoryException.Reason.FAILED, "restoring failed: " + e.getMessage());
        }
    }

    private StoredAttachment store(long attachmentId, String userKey, InputStream body, long length, String comment)
            throws IOException {
        if (length >= 0) {
            return attachments.storeVersion(attachmentId, userKey, body, length, comment);
        }
        Path spool = Files.createTempFile("docsbridge-restore-", ".part");
        try {
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
            try (InputStream in = Files.newInputStream(spool)) {
                return attachments.storeVersion(attachmentId, userKey, in, Files.size(spool), comment);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The current user's key (null when anonymous) after checking they may view the attachment. */
    private String viewer(long attachmentId) throws HistoryException {
        Optional<AppUser> user = users.current();
        String userKey = user.map(AppUser::key).orElse(null);
        if (attachments.find(attachmentId).isEmpty() || !permissions.canView(userKey, attachmentId)) {
            throw new HistoryException(user.isEmpty() ? HistoryException.Reason.LOGIN_REQUIRED
                    : HistoryException.Reason.NOT_FOUND, "not found");
        }
        return userKey;
    }

    private Map<String, Object> author(StoredAttachment file) {
        Map<String, Object> author = new LinkedHashMap<>();
        String key = file.lastModifierKey();
        Optional<AppUser> user = key == null ? Optional.empty() : users.byKey(key);
        author.put("id", key == null ? "" : key);
        author.put("name", user.map(AppUser::displayName).orElse(""));
        user.flatMap(u -> users.avatarUrl(u.key())).ifPresent(url -> author.put("image", url));
        return author;
    }

    /** A refusal decided under the lock, carried out of it. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient HistoryException.Reason reason;

        Refused(HistoryException.Reason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
