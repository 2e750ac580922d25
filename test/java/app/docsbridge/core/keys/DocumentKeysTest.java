package app.docsbridge.core.keys;

import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.testing.FixedHostUrls;
import app.docsbridge.testing.LocalClusterLocks;
import app.docsbridge.testing.MemoryAttachmentStore;
import app.docsbridge.testing.MemorySettingsStore;
import app.docsbridge.testing.MutableTimeSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentKeysTest {

    /** docs-api §2.2: allowed characters and at most 128 of them. */
    private static final Pattern VALID_KEY = Pattern.compile("^[0-9a-zA-Z._=-]{1,128}$");

    private final MutableTimeSource time = new MutableTimeSource();
    private final MemoryAttachmentStore attachments = new MemoryAttachmentStore(time);
    private final MemorySettingsStore store = new MemorySettingsStore();
    private final DocumentKeys keys = keys(store);

    private DocumentKeys keys(MemorySettingsStore settingsStore) {
        return new DocumentKeys(attachments,
                new AppSettings(settingsStore, FixedHostUrls.of("https://wiki.example.com"), new LocalClusterLocks(), RequestScope.NONE));
    }

    private static StoredAttachment attachment(long id, int version) {
        return new StoredAttachment(id, 7, "a.docx", version, 1234, "application/x", Instant.parse("2026-03-29T10:00:00Z"),
                "u");
    }

    @Test
    void keyFor_shouldUseOnlyAllowedCharactersAndAtMost128() {
        for (long id : new long[] {1, 42, 123456789L, Long.MAX_VALUE}) {
            for (int version : new int[] {1, 2, 999, Integer.MAX_VALUE}) {
                // Fresh settings each time: instance id and secret are random and may hold '-' or '_'.
                String key = keys(new MemorySettingsStore()).keyFor(attachment(id, version));
                assertTrue(VALID_KEY.matcher(key).matches(), key);
            }
        }
    }

    @Test
    void keyFor_shouldBeStableForTheSameVersion() {
        String first = keys.keyFor(attachment(42, 3));

        assertEquals(first, keys.keyFor(attachment(42, 3)));
        assertEquals(first, keys(store).keyFor(attachment(42, 3)), "another node with the same settings");
    }

    @Test
    void keyFor_shouldDifferForAnotherVersionOrAttachment() {
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 20; id++) {
            for (int version = 1; version <= 20; version++) {
                assertTrue(seen.add(keys.keyFor(attachment(id, version))), id + "/" + version);
            }
        }
    }

    @Test
    void keyFor_shouldDifferWhenTheSameVersionNumberHasOtherContent() {
        // e.g. an attachment deleted and uploaded again, or a database restored from backup
        StoredAttachment original = attachment(42, 3);
        StoredAttachment other = new StoredAttachment(42, 7, "a.docx", 3, 999, "application/x",
                Instant.parse("2026-04-01T00:00:00Z"), "u");

        assertNotEquals(keys.keyFor(original), keys.keyFor(other));
    }

    @Test
    void keyFor_shouldDifferForAnotherInstanceId() {
        MemorySettingsStore a = new MemorySettingsStore().put("internal.instanceId", "instanceA")
                .put("internal.linkSecret", "same-secret");
        MemorySettingsStore b = new MemorySettingsStore().put("internal.instanceId", "instanceB")
                .put("internal.linkSecret", "same-secret");

        String keyA = keys(a).keyFor(attachment(42, 3));
        String keyB = keys(b).keyFor(attachment(42, 3));

        assertNotEquals(keyA, keyB);
        assertTrue(keyA.startsWith("instanceA-"), keyA);
        assertTrue(keyB.startsWith("instanceB-"), keyB);
    }

    @Test
    void keyFor_shouldNotBeGuessableWithoutTheLinkSecret() {
        MemorySettingsStore a = new MemorySettingsStore().put("internal.instanceId", "inst")
                .put("internal.linkSecret", "secret-one");
        MemorySettingsStore b = new MemorySettingsStore().put("internal.instanceId", "inst")
                .put("internal.linkSecret", "secret-two");

        assertNotEquals(keys(a).keyFor(attachment(42, 3)), keys(b).keyFor(attachment(42, 3)));
    }

    @Test
    void continueSession_shouldKeepTheKeyForTheForcesavedVersionOnly() {
        StoredAttachment v1 = attachments.add(7, "a.docx", new byte[] {1}, "u");
        String sessionKey = keys.keyFor(v1);
        StoredAttachment v2 = new StoredAttachment(v1.id(), 7, "a.docx", 2, 2, "x", Instant.parse("2026-03-29T11:00:00Z"),
                "u");
        StoredAttachment v3 = new StoredAttachment(v1.id(), 7, "a.docx", 3, 3, "x", Instant.parse("2026-03-29T12:00:00Z"),
                "u");
        String v3Before = keys.keyFor(v3);

        keys.continueSession(v1.id(), 2, sessionKey);

        assertEquals(sessionKey, keys.keyFor(v2));
        assertEquals(v3Before, keys.keyFor(v3));
        assertNotEquals(sessionKey, keys.keyFor(v3));
    }

    @Test
    void continueSession_shouldNotConfuseVersionNumbersSharingAPrefix() {
        StoredAttachment v1 = attachments.add(7, "a.docx", new byte[] {1}, "u");
        StoredAttachment v12 = new StoredAttachment(v1.id(), 7, "a.docx", 12, 2, "x", Instant.EPOCH, "u");
        StoredAttachment v1Again = new StoredAttachment(v1.id(), 7, "a.docx", 1, 1, "x", Instant.EPOCH, "u");
        String derived = keys.keyFor(v1Again);

        keys.continueSession(v1.id(), 12, "session-key");

        assertEquals("session-key", keys.keyFor(v12));
        assertEquals(derived, keys.keyFor(v1Again));
    }

    @Test
    void continueSession_shouldNotLeakToOtherAttachments() {
        StoredAttachment a = attachments.add(7, "a.docx", new byte[] {1}, "u");
        StoredAttachment b = attachments.add(7, "b.docx", new byte[] {1}, "u");
        String bKey = keys.keyFor(b);

        keys.continueSession(a.id(), 1, "session-key");

        assertEquals(bKey, keys.keyFor(b));
    }
}
