package app.docsbridge.devhost.api;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.devhost.memory.MemoryPeopleDirectory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET/POST /devhost/api/people} {@code {"emailVisibility": "public"|"masked"|"private"}}: Confluence's site-wide
 * e-mail address visibility (General configuration → Security and privacy); every user's address is
 * {@code <username>@example.com}.
 */
public final class PeopleApi extends StateApi {

    private final transient MemoryPeopleDirectory people;

    public PeopleApi(MemoryPeopleDirectory people) {
        this.people = people;
    }

    @Override
    Optional<String> change(Map<String, Object> body) {
        Object value = body.get("emailVisibility");
        if (!(value instanceof String s) || !s.matches("public|masked|private")) {
            return Optional.of("emailVisibility must be public, masked or private");
        }
        people.setEmailVisibility(EmailVisibility.valueOf(s.toUpperCase(Locale.ROOT)));
        return Optional.empty();
    }

    @Override
    Map<String, Object> describe() {
        return Map.of("emailVisibility", people.emailVisibility().name().toLowerCase(Locale.ROOT));
    }
}
