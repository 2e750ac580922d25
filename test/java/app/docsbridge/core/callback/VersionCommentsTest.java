package app.docsbridge.core.callback;

import app.docsbridge.testing.MemoryUsers;
import app.docsbridge.testing.PropertiesMessages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every comment the app stores on a version is in the site's language, whoever asked for it (decisions/0011). */
class VersionCommentsTest {

    private final MemoryUsers users = new MemoryUsers();
    private final VersionComments comments = new VersionComments(new PropertiesMessages(), users);

    @Test
    void anEnglishSite_shouldGetEnglishComments() {
        users.add("k-a", "alice", "Alice Able");
        assertEquals("Edited in ONLYOFFICE by Alice Able", comments.edited(List.of("k-a"), 255));
        assertEquals("Restored from version 3", comments.restored(3));
        assertEquals("Converted again from Report.odt (version 2) in ONLYOFFICE", comments.convertedAgain("Report.odt", 2));
        assertEquals("Recovered from ONLYOFFICE Docs", comments.recovered());
    }

    @Test
    void aGermanSite_shouldGetGermanCommentsEvenForAnEditorWhoReadsFrench() {
        users.add("k-a", "alice", "Alice Able");
        users.setLocale("k-a", Locale.FRENCH);
        users.setSiteLocale(Locale.GERMANY);
        assertEquals("Bearbeitet in ONLYOFFICE von Alice Able", comments.edited(List.of("k-a"), 255));
        assertEquals("Wiederhergestellt aus Version 1234", comments.restored(1234), "no digit grouping");
        assertEquals("Erneut aus Bericht.odt (Version 2) in ONLYOFFICE konvertiert", comments.convertedAgain("Bericht.odt", 2));
        assertEquals("Aus ONLYOFFICE Docs wiederhergestellt", comments.recovered());
    }

    @Test
    void aVeryLongFileName_shouldStillFitConfluencesLimit() {
        users.setSiteLocale(Locale.CHINA);
        String comment = comments.convertedAgain("\uD83D\uDCC4".repeat(200) + ".odt", 7);
        assertTrue(comment.length() <= 255, comment);
        assertTrue(!Character.isHighSurrogate(comment.charAt(comment.length() - 1)), "no half surrogate pair at the end");
    }
}
