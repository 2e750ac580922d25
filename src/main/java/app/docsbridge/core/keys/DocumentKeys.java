package app.docsbridge.core.keys;

import app.docsbridge.core.jwt.HmacSha256;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Document keys: the Document Server's cache id for one version of one file. Everyone editing the same version
 * gets the same key; a saved version gets a new one; keys of different Confluence instances never collide
 * (instance id) and cannot be guessed (keyed hash). A forcesave stores a version but keeps the running session's key.
 */
public class DocumentKeys {

    /** Attachment property holding {@code <version>:<key>} while a session continues across a forcesaved version. */
    static final String SESSION_KEY_PROPERTY = "sessionKey";
    private static final int HASH_LENGTH = 22;

    private final AttachmentStore attachments;
    private final AppSettings settings;

    public DocumentKeys(AttachmentStore attachments, AppSettings settings) {
        this.attachments = attachments;
        this.settings = settings;
    }

    public String keyFor(StoredAttachment attachment) {
        return continuedSession(attachment).orElseGet(() -> derive(attachment));
    }

    /**
     * The key of any version as the version history shows it: the running session's key for the latest version,
     * a key of its own for every older one.
     */
    public String keyForVersion(StoredAttachment version, int latestVersion) {
        return version.version() == latestVersion ? keyFor(version) : derive(version);
    }

    /** After a forcesave stored {@code newVersion}, editors opening it must join the running session. */
    public void continueSession(long attachmentId, int newVersion, String key) {
        attachments.setProperty(attachmentId, SESSION_KEY_PROPERTY, newVersion + ":" + key);
    }

    /** The session ended on a forcesaved version: the next editors of that version start a new one. */
    public void endSession(long attachmentId) {
        attachments.setProperty(attachmentId, SESSION_KEY_PROPERTY, "");
    }

    /**
     * The key of the preview macro's embedded viewers for this version: never an editing session's key (a viewer must
     * not join a running session nor be served a forcesaved session's newer cache), identical for all viewers of the
     * version, and new with every version.
     */
    public String viewerKeyFor(StoredAttachment attachment) {
        return derive(attachment) + "_embedded";
    }

    /** Ends the session {@code key} if it is the one continuing on the attachment (after a forcesave). */
    public void endSession(long attachmentId, String key) {
        if (attachments.property(attachmentId, SESSION_KEY_PROPERTY).filter(v -> v.endsWith(":" + key)).isPresent()) {
            endSession(attachmentId);
        }
    }

    /** What a key of this instance names: the attachment and the version its session started from. */
    public record KeyParts(long attachmentId, int baseVersion) {
    }

    /**
     * Reads a key this instance made ({@code <instance>-<attachment>-<version>-<22-character hash>}); empty for keys
     * of other instances or applications sharing the Docs server, and for anything malformed.
     */
    public Optional<KeyParts> parse(String key) {
        String prefix = settings.instanceId() + "-";
        if (key == null || !key.startsWith(prefix) || key.length() < prefix.length() + 4 + HASH_LENGTH
                || key.charAt(key.length() - HASH_LENGTH - 1) != '-') {
            return Optional.empty();
        }
        String[] middle = key.substring(prefix.length(), key.length() - HASH_LENGTH - 1).split("-", -1);
        if (middle.length != 2 || !digits(middle[0], 18) || !digits(middle[1], 9)) {
            return Optional.empty();
        }
        long attachmentId = Long.parseLong(middle[0]);
        int version = Integer.parseInt(middle[1]);
        return attachmentId > 0 && version > 0 ? Optional.of(new KeyParts(attachmentId, version)) : Optional.empty();
    }

    private static boolean digits(String value, int maxLength) {
        return !value.isEmpty() && value.length() <= maxLength && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private Optional<String> continuedSession(StoredAttachment attachment) {
        return attachments.property(attachment.id(), SESSION_KEY_PROPERTY)
                .filter(value -> value.startsWith(attachment.version() + ":"))
                .map(value -> value.substring(value.indexOf(':') + 1));
    }

    private String derive(StoredAttachment attachment) {
        String instance = settings.instanceId();
        String identity = instance + "/" + attachment.id() + "/" + attachment.version() + "/"
                + attachment.modified().toEpochMilli() + "/" + attachment.size();
        // Allowed characters are 0-9 a-z A-Z - . _ = ; base64url and the separators stay within them.
        return instance + "-" + attachment.id() + "-" + attachment.version() + "-" + hash(identity);
    }

    private String hash(String identity) {
        byte[] digest = HmacSha256.sign(settings.linkSecret().getBytes(StandardCharsets.UTF_8),
                identity.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, HASH_LENGTH);
    }
}
