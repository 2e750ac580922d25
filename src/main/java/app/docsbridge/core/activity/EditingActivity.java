package app.docsbridge.core.activity;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the Document Server told us about the editing sessions of an attachment, kept where every cluster node sees
 * it (attachment properties, each within Confluence's 255-character limit): who is editing now (status 1), who
 * edited during the session (for the version's comment), and how the session's save ended (for the "saving…" /
 * "saved as version N" hint). Nothing here is held in a node's memory.
 */
public class EditingActivity {

    /**
     * {@code <attachment id>@<epoch seconds>|<key hash>|<count>|<user key>,<user key>…}: edit-mode users connected
     * now. The id is there because Confluence copies an attachment's properties with a page: the copy's nobody is
     * editing.
     */
    static final String EDITORS = "editors";
    /** {@code <key hash>|<user key>,…}: everyone who was connected for editing during the session. */
    static final String CONTRIBUTORS = "contributors";
    /** {@code <key hash>|<outcome>|<version>|<epoch seconds>}: how the last callback of a session ended. */
    static final String OUTCOME = "sessionOutcome";
    static final int MAX_PROPERTY = 255;

    /**
     * A Docs server says when editors leave (status 1, 2 or 4) within seconds; when it never does (it crashed, or
     * its callbacks were lost), the names disappear after this long without news.
     */
    public static final Duration EDITORS_EXPIRE_AFTER = Duration.ofHours(2);

    /** How a session's save stands. */
    public enum State { SAVING, SAVED, UNCHANGED, RETRYING, KEPT_BY_DOCS }

    public record SaveState(State state, int version) {
    }

    private final AttachmentStore attachments;
    private final TimeSource time;

    public EditingActivity(AttachmentStore attachments, TimeSource time) {
        this.attachments = attachments;
        this.time = time;
    }

    /** Status 1: {@code users} are the edit-mode users connected now. */
    public void editing(long attachmentId, String key, Collection<String> users) {
        String hash = keyHash(key);
        Set<String> now = new LinkedHashSet<>(users);
        if (now.isEmpty()) {
            attachments.setProperty(attachmentId, EDITORS, "");
        } else {
            String head = attachmentId + "@" + time.now().getEpochSecond() + "|" + hash + "|" + now.size() + "|";
            attachments.setProperty(attachmentId, EDITORS, head + joinWithin(now, MAX_PROPERTY - head.length()));
        }
        Set<String> everyone = new LinkedHashSet<>(contributorKeys(attachmentId, key));
        everyone.addAll(now);
        String head = hash + "|";
        attachments.setProperty(attachmentId, CONTRIBUTORS, head + joinWithin(everyone, MAX_PROPERTY - head.length()));
        if (outcome(attachmentId, key).isEmpty()) {
            record(attachmentId, key, State.SAVING, 0);
        }
    }

    /** The session ended (status 2 stored, or 4): nobody edits it any more. */
    public void ended(long attachmentId, String key, State state, int version) {
        Optional<String> editors = attachments.property(attachmentId, EDITORS);
        if (editors.filter(v -> v.contains("|" + keyHash(key) + "|")).isPresent()) {
            attachments.setProperty(attachmentId, EDITORS, "");
        }
        record(attachmentId, key, state, version);
    }

    /** A save of the session did not go through yet (the Docs server retries, or keeps the file). */
    public void saveFailed(long attachmentId, String key, boolean retrying) {
        record(attachmentId, key, retrying ? State.RETRYING : State.KEPT_BY_DOCS, 0);
    }

    /** User keys of the people editing the attachment now; empty when the news is too old. */
    public List<String> editors(long attachmentId) {
        Optional<String> value = attachments.property(attachmentId, EDITORS).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return List.of();
        }
        String[] parts = value.get().split("\\|", 4);
        if (parts.length < 4 || !current(attachmentId, parts[0])) {
            return List.of();
        }
        return parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(","));
    }

    /** How many people are editing now (more than {@link #editors} names when their keys did not all fit). */
    public int editorCount(long attachmentId) {
        Optional<String> value = attachments.property(attachmentId, EDITORS).filter(v -> !v.isEmpty());
        String[] parts = value.map(v -> v.split("\\|", 4)).orElse(new String[0]);
        if (parts.length < 4 || !current(attachmentId, parts[0])) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return editors(attachmentId).size();
        }
    }

    /** Everyone who was connected for editing during the session of {@code key}. */
    public List<String> contributorKeys(long attachmentId, String key) {
        return attachments.property(attachmentId, CONTRIBUTORS)
                .filter(v -> v.startsWith(keyHash(key) + "|"))
                .map(v -> v.substring(v.indexOf('|') + 1))
                .filter(v -> !v.isEmpty())
                .map(v -> Arrays.asList(v.split(",")))
                .orElse(List.of());
    }

    /** How the save of the session with {@code key} stands, as far as any node has heard. */
    public SaveState saveState(StoredAttachment attachment, String key) {
        return outcome(attachment.id(), key).orElse(new SaveState(State.SAVING, 0));
    }

    private Optional<SaveState> outcome(long attachmentId, String key) {
        Optional<String> value = attachments.property(attachmentId, OUTCOME)
                .filter(v -> v.startsWith(keyHash(key) + "|"));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = value.get().split("\\|");
        try {
            return Optional.of(new SaveState(State.valueOf(parts[1]), Integer.parseInt(parts[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void record(long attachmentId, String key, State state, int version) {
        attachments.setProperty(attachmentId, OUTCOME,
                keyHash(key) + "|" + state.name() + "|" + version + "|" + time.now().getEpochSecond());
    }

    /** Written for this attachment (not copied from another) and not older than {@link #EDITORS_EXPIRE_AFTER}. */
    private boolean current(long attachmentId, String stamp) {
        int at = stamp.indexOf('@');
        if (at >= 0 && !stamp.substring(0, at).equals(Long.toString(attachmentId))) {
            return false;
        }
        try {
            Instant written = Instant.ofEpochSecond(Long.parseLong(stamp.substring(at + 1)));
            return !written.plus(EDITORS_EXPIRE_AFTER).isBefore(time.now());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** As many keys as fit in {@code room} characters. */
    private static String joinWithin(Collection<String> keys, int room) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String key : keys) {
            if (key.contains(",") || key.contains("|")) {
                continue; // not a key this app hands out
            }
            int added = key.length() + (kept.isEmpty() ? 0 : 1);
            if (length + added > room) {
                break;
            }
            kept.add(key);
            length += added;
        }
        return String.join(",", kept);
    }

    /** Document keys can be long; 16 hex digits of their SHA-256 tell sessions apart within a fixed size. */
    static String keyHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
