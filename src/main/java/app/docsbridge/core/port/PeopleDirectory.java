package app.docsbridge.core.port;

import java.util.List;
import java.util.Optional;

/** Confluence's user directory, for finding people to mention and resolving the addresses the editor sends back. */
public interface PeopleDirectory {

    /**
     * Active users whose login name, full name or e-mail address contains {@code text} (everyone when blank), in the
     * directory's own order, skipping {@code start} and returning at most {@code max}.
     */
    List<Person> search(String text, int start, int max);

    /** Active users with exactly this e-mail address (ignoring case). */
    List<Person> withEmail(String email);

    Optional<Person> byKey(String userKey);

    Optional<Person> byUsername(String username);

    /** The site's e-mail address visibility. */
    EmailVisibility emailVisibility();

    /** Confluence administrators see every address whatever the visibility setting. */
    boolean isAdministrator(String userKey);
}
