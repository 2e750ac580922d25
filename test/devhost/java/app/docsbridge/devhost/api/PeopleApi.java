package app.docsbridge.devhost.api;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.devhost.memory.MemoryPeopleDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET/POST /devhost/api/people} {@code {"emailVisibility": "public"|"masked"|"private"}}: Confluence's site-wide
 * e-mail address visibility (General configuration → Security and privacy); every user's address is
 * {@code <username>@example.com}.
 */
public final class PeopleApi extends HttpServlet {

    private final MemoryPeopleDirectory people;

    public PeopleApi(MemoryPeopleDirectory people) {
        this.people = people;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, describe());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Object value = body.get("emailVisibility");
        if (!(value instanceof String s) || !s.matches("public|masked|private")) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "emailVisibility must be public, masked or private");
            return;
        }
        people.setEmailVisibility(EmailVisibility.valueOf(s.toUpperCase(Locale.ROOT)));
        JsonIo.write(resp, describe());
    }

    private Map<String, Object> describe() {
        return Map.of("emailVisibility", people.emailVisibility().name().toLowerCase(Locale.ROOT));
    }
}
