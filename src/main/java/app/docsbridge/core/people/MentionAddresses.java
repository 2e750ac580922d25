package app.docsbridge.core.people;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address the editor shows for a person and sends back in {@code onRequestSendNotify.emails}. The editor keeps
 * only users with both a name and an address, and a mention is identified by the address alone, so someone whose
 * address the viewer may not see gets a stand-in that names them without revealing it: {@code
 * <username>@users.confluence.invalid} (the user key when the login name is not a valid local part). {@code .invalid}
 * is reserved (RFC 2606): no mail can ever go there, and only this app turns it back into a person.
 *
 * <p>Who may see a real address follows Confluence: public visibility shows it to everyone, otherwise only
 * Confluence administrators see it ({@code ConfluenceActionSupport.isEmailVisible()} in Confluence 8.7.2); masked
 * addresses ("alice at example dot com") are for reading, not for addressing, so they get the stand-in too.
 */
public final class MentionAddresses {

    static final String STAND_IN_DOMAIN = "users.confluence.invalid";
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KEY_PREFIX = Pattern.compile("^key\\.");
    private static final int MAX_ADDRESS = 320;

    private MentionAddresses() {
    }

    /** The address the viewer is shown for the person. */
    public static String shownTo(String viewerKey, Person person, PeopleDirectory directory) {
        boolean visible = directory.emailVisibility() == EmailVisibility.PUBLIC
                || (viewerKey != null && directory.isAdministrator(viewerKey));
        String email = person.email();
        if (visible && email != null && !email.isBlank()) {
            return email;
        }
        return standIn(person);
    }

    static String standIn(Person person) {
        String username = person.username();
        boolean plain = username != null && LOCAL_PART.matcher(username).matches()
                && !KEY_PREFIX.matcher(username).find();
        return (plain ? username : "key." + person.key()) + "@" + STAND_IN_DOMAIN;
    }

    /** The people an address from the editor stands for: a stand-in names one user, a real address its owners. */
    public static List<Person> resolve(String address, PeopleDirectory directory) {
        if (address == null) {
            return List.of();
        }
        String trimmed = address.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.length() > MAX_ADDRESS) {
            return List.of();
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.equals(STAND_IN_DOMAIN)) {
            Optional<Person> person = local.startsWith("key.")
                    ? directory.byKey(local.substring(4))
                    : directory.byUsername(local);
            return person.map(List::of).orElse(List.of());
        }
        return directory.withEmail(trimmed);
    }
}
