package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link PeopleDirectory} over the dev host's fixed users, each with the address {@code <username>@example.com}.
 * Searching matches login name, full name and address, ignoring case, as Crowd's {@code MatchMode.CONTAINS} does, in
 * login-name order; every dev host user is active (dave is unlicensed, not deactivated: Crowd still lists him, and the
 * app must leave him out because he may view nothing). The e-mail visibility starts as Confluence's default, public,
 * and the test API changes it.
 */
public final class MemoryPeopleDirectory implements PeopleDirectory {

    private final UserDirectory users;
    private volatile EmailVisibility visibility = EmailVisibility.PUBLIC;

    public MemoryPeopleDirectory(UserDirectory users) {
        this.users = users;
    }

    public static String emailOf(String username) {
        return username + "@example.com";
    }

    public void setEmailVisibility(EmailVisibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public List<Person> search(String text, int start, int max) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return users.all().stream()
                .map(MemoryPeopleDirectory::person)
                .filter(p -> needle.isEmpty() || contains(p.username(), needle) || contains(p.displayName(), needle)
                        || contains(p.email(), needle))
                .sorted(java.util.Comparator.comparing(Person::username))
                .skip(Math.max(0, start))
                .limit(Math.max(0, max))
                .toList();
    }

    @Override
    public List<Person> withEmail(String email) {
        return users.all().stream().map(MemoryPeopleDirectory::person)
                .filter(p -> p.email().equalsIgnoreCase(email == null ? "" : email.strip())).toList();
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return userKey == null ? Optional.empty() : users.byKey(userKey).map(MemoryPeopleDirectory::person);
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return username == null ? Optional.empty() : users.byUsername(username).map(MemoryPeopleDirectory::person);
    }

    @Override
    public EmailVisibility emailVisibility() {
        return visibility;
    }

    /** Confluence administrators: the dev host's only one is the system administrator. */
    @Override
    public boolean isAdministrator(String userKey) {
        return userKey != null && users.byKey(userKey).map(DevUser::systemAdmin).orElse(false);
    }

    private static Person person(DevUser user) {
        return new Person(user.key(), user.username(), user.user().displayName(), emailOf(user.username()));
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
