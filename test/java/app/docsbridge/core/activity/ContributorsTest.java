package app.docsbridge.core.activity;

import app.docsbridge.testing.MemoryUsers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A co-edited version's comment names everyone who edited it, within Confluence's 255 characters. */
class ContributorsTest {

    private final MemoryUsers users = new MemoryUsers();

    ContributorsTest() {
        users.add("k-a", "alice", "Alice Able");
        users.add("k-b", "bob", "Bob Builder");
        users.add("k-c", "carol", "Carol Cole");
    }

    private static Map<String, Object> history(String... ids) {
        List<Object> changes = new ArrayList<>();
        for (String id : ids) {
            changes.add(Map.of("created", "2026-11-29 10:00:00", "user", Map.of("id", id, "name", "from DS")));
        }
        return Map.of("history", Map.of("serverVersion", "9.3.1", "changes", changes));
    }

    @Test
    void keys_shouldComeFromTheHistoryInOrder_withTheLastChangerLast() {
        assertEquals(List.of("k-b", "k-a"), Contributors.keys(history("k-b", "k-a", "k-b"), List.of("k-c"), "k-a"));
    }

    @Test
    void keys_shouldFallBackToTheSessionsEditorsWhenTheHistoryWasDropped() {
        assertEquals(List.of("k-a", "k-c", "k-b"), Contributors.keys(Map.of("history", Map.of()), List.of("k-a", "k-c"), "k-b"));
    }

    @Test
    void comment_shouldNameEveryoneWithDirectoryNames() {
        assertEquals("Edited in ONLYOFFICE by Alice Able", Contributors.comment("Edited in ONLYOFFICE", List.of("k-a"), users, 255));
        assertEquals("Edited in ONLYOFFICE by Alice Able, Bob Builder and Carol Cole",
                Contributors.comment("Edited in ONLYOFFICE", List.of("k-a", "k-b", "k-c", "unknown"), users, 255));
        assertEquals("Edited in ONLYOFFICE", Contributors.comment("Edited in ONLYOFFICE", List.of("unknown"), users, 255));
    }

    @Test
    void comment_shouldSayHowManyOthersWhenTheNamesDoNotFit() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add("k" + i, "u" + i, "Person With A Rather Long Name " + i);
            keys.add("k" + i);
        }
        String comment = Contributors.comment("Edited in ONLYOFFICE", keys, users, 255);
        assertTrue(comment.length() <= 255, comment);
        assertTrue(comment.startsWith("Edited in ONLYOFFICE by Person With A Rather Long Name 0, "), comment);
        assertTrue(comment.matches(".* and \\d+ more"), comment);
    }

    @Test
    void englishWording_shouldBeTheEnglishOfTheI18nFile() {
        assertEquals(Contributors.Wording.ENGLISH,
                Contributors.Wording.of(new app.docsbridge.testing.PropertiesMessages(), java.util.Locale.ENGLISH));
    }

    @Test
    void comment_shouldUseTheWordsOfTheSitesLanguage() throws Exception {
        java.util.Properties german = new java.util.Properties();
        try (java.io.InputStream in = getClass().getResourceAsStream("/i18n/docsbridge_de.properties")) {
            german.load(in);
        }
        app.docsbridge.core.port.Messages messages = (locale, key, args) ->
                new java.text.MessageFormat(german.getProperty(key), locale).format(args);
        Contributors.Wording words = Contributors.Wording.of(messages, java.util.Locale.GERMAN);
        assertEquals("Bearbeitet in ONLYOFFICE von Alice Able, Bob Builder und Carol Cole",
                Contributors.comment(words, List.of("k-a", "k-b", "k-c"), users, 255));
    }
}
