package app.docsbridge.core.conversion;

import app.docsbridge.core.jwt.HmacSha256;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Conversion keys: the Document Server caches a conversion's result under its key, so the key names exactly one
 * content of the source (id, version, modification time, size) and the target. A new upload gets a new key; the
 * instance id keeps Confluence instances sharing a Docs server apart; the keyed hash makes keys unguessable.
 */
public class ConversionKeys {

    private final AppSettings settings;

    public ConversionKeys(AppSettings settings) {
        this.settings = settings;
    }

    public String keyFor(StoredAttachment source, String target) {
        String instance = settings.instanceId();
        String identity = instance + "/" + source.id() + "/" + source.version() + "/"
                + source.modified().toEpochMilli() + "/" + source.size() + "/" + target;
        // Allowed characters are 0-9 a-z A-Z - . _ = ; base64url and the separators stay within them.
        return instance + "-conv-" + source.id() + "-" + source.version() + "-" + hash(identity);
    }

    private String hash(String identity) {
        byte[] digest = HmacSha256.sign(settings.linkSecret().getBytes(StandardCharsets.UTF_8),
                ("conversion:" + identity).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }
}
