package app.docsbridge.core.keys;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
