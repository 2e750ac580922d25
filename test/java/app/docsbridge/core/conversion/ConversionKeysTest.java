package app.docsbridge.core.conversion;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversionKeysTest {

    private final TestApp app = new TestApp();
    private final ConversionKeys keys = new ConversionKeys(app.settings);
    private final Instant modified = Instant.parse("2026-03-29T10:00:00Z");
    private final StoredAttachment source = new StoredAttachment(11, 7, "Letter.doc", 3, 1234, "application/msword",
            modified, "u");

    @Test
    void keyFor_shouldBeStableForTheSameContentAndTarget() {
        assertEquals(keys.keyFor(source, "docx"), keys.keyFor(source, "docx"));
        assertEquals(keys.keyFor(source, "docx"), new ConversionKeys(app.settings).keyFor(source, "docx"));
    }

    @Test
    void keyFor_shouldChangeWithEveryPartOfTheContentAndTheTarget() {
        String key = keys.keyFor(source, "docx");
        Set<StoredAttachment> changed = Set.of(
                new StoredAttachment(12, 7, "Letter.doc", 3, 1234, "application/msword", modified, "u"),
                new StoredAttachment(11, 7, "Letter.doc", 4, 1234, "application/msword", modified, "u"),
                new StoredAttachment(11, 7, "Letter.doc", 3, 1235, "application/msword", modified, "u"),
                new StoredAttachment(11, 7, "Letter.doc", 3, 1234, "application/msword", modified.plusMillis(1), "u"));
        for (StoredAttachment other : changed) {
            assertNotEquals(key, keys.keyFor(other, "docx"), other.toString());
        }
        assertNotEquals(key, keys.keyFor(source, "pdf"));
        TestApp otherInstance = new TestApp();
        assertNotEquals(key, new ConversionKeys(otherInstance.settings).keyFor(source, "docx"));
    }

    @Test
    void keyFor_shouldUseOnlyCharactersTheDocsServerAccepts() {
        String key = keys.keyFor(source, "docx");
        assertTrue(key.matches("[0-9a-zA-Z._=-]+"), key);
        assertTrue(key.length() <= 128, key);
        assertNotEquals(key, app.keys.keyFor(source), "never the editing key of the same version");
    }
}
