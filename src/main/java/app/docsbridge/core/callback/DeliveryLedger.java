package app.docsbridge.core.callback;

import app.docsbridge.core.port.AttachmentStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which Document Server results are stored already, kept as attachment properties (database-backed: shared by every
 * cluster node and kept across restarts). A result is identified by its delivery (document key + {@code lastsave} +
 * result URL) and by its content (document key + SHA-256 of the bytes); each identity is one property whose name is
 * a hash and whose value is the version it became, so every entry fits Confluence's 255-character limit by
 * construction and no URL is ever stored. A session's newest stored save is kept too, to recognise older
 * deliveries that arrive late.
 */
public final class DeliveryLedger {

    static final String DELIVERY = "saved.d.";
    static final String CONTENT = "saved.c.";
    static final String SESSION = "saved.s.";

    private final AttachmentStore attachments;

    public DeliveryLedger(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /** The newest save a session stored: the version it became and its {@code lastsave}. */
    public record SessionSave(int version, String lastSave) {
    }

    /** The version this exact delivery became, if it was stored. */
    public OptionalInt deliveryStored(long attachmentId, String key, String lastSave, String url) {
        return version(attachmentId, DELIVERY + hash(key, lastSave, url));
    }

    /** The version a result with these bytes became in this session, if one was stored. */
    public OptionalInt contentStored(long attachmentId, String key, String sha256) {
        return version(attachmentId, CONTENT + hash(key, sha256));
    }

    public Optional<SessionSave> newestOfSession(long attachmentId, String key) {
        return attachments.property(attachmentId, SESSION + hash(key)).flatMap(value -> {
            int space = value.indexOf(' ');
            OptionalInt version = parseVersion(space < 0 ? value : value.substring(0, space));
            return version.isPresent()
                    ? Optional.of(new SessionSave(version.getAsInt(), space < 0 ? "" : value.substring(space + 1)))
                    : Optional.empty();
        });
    }

    /** Records that the delivery (url may be null for a recovered file) with these bytes became {@code version}. */
    public void recordStored(long attachmentId, String key, String lastSave, String url, String sha256, int version) {
        String value = Integer.toString(version);
        if (url != null) {
            attachments.setProperty(attachmentId, DELIVERY + hash(key, lastSave, url), value);
        }
        attachments.setProperty(attachmentId, CONTENT + hash(key, sha256), value);
        Optional<SessionSave> newest = newestOfSession(attachmentId, key);
        if (newest.isEmpty() || LastSave.compare(lastSave, newest.get().lastSave()) >= 0) {
            // lastsave is an ISO-8601 instant: 24 characters, so the value stays far below 255.
            attachments.setProperty(attachmentId, SESSION + hash(key), value + " " + LastSave.bounded(lastSave));
        }
    }

    private OptionalInt version(long attachmentId, String property) {
        return attachments.property(attachmentId, property).map(DeliveryLedger::parseVersion)
                .orElse(OptionalInt.empty());
    }

    private static OptionalInt parseVersion(String value) {
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** 22 base64url characters (132 bits) of SHA-256 over the parts, each length-prefixed so parts cannot blur. */
    static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
