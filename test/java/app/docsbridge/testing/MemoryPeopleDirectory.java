package app.docsbridge.testing;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** In-memory {@link PeopleDirectory}: people in username order, substring search ignoring case, as Crowd does. */
public final class MemoryPeopleDirectory implements PeopleDirectory {

    private final Map<String, Person> byUsername = new TreeMap<>();
    private final Set<String> administrators = new HashSet<>();
    private volatile EmailVisibility visibility = EmailVisibility.PUBLIC;
    /** How many search calls were made (tests check the scan is bounded). */
    public int searches;

    public synchronized Person add(String key, String username, String displayName, String email) {
        Person person = new Person(key, username, displayName, email);
        byUsername.put(username, person);
        return person;
    }

    public MemoryPeopleDirectory visibility(EmailVisibility visibility) {
        this.visibility = visibility;
        return this;
    }

    public MemoryPeopleDirectory administrator(String key) {
        administrators.add(key);
        return this;
    }

    @Override
    public synchronized List<Person> search(String text, int start, int max) {
        searches++;
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<Person> matches = new ArrayList<>();
        for (Person p : byUsername.values()) {
            if (needle.isEmpty() || has(p.username(), needle) || has(p.displayName(), needle) || has(p.email(), needle)) {
                matches.add(p);
            }
        }
        return matches.subList(Math.min(start, matches.size()), Math.min(matches.size(), start + max));
    }

    @Override
    public synchronized List<Person> withEmail(String email) {
        return byUsername.values().stream().filter(p -> p.email() != null && p.email().equalsIgnoreCase(email)).toList();
    }

    @Override
    public synchronized Optional<Person> byKey(String userKey) {
        return byUsername.values().stream().filter(p -> p.key().equals(userKey)).findFirst();
    }

    @Override
    public synchronized Optional<Person> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public EmailVisibility emailVisibility() {
        return visibility;
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return administrators.contains(userKey);
    }

    private static boolean has(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
