package app.docsbridge.devhost.session;

import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevUser;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /devhost/login?user=NAME[&locale=de-DE]&return=…} and {@code /devhost/logout}: the browser session's user.
 * {@code locale} (a BCP 47 tag, or {@code de_DE}) also sets that user's profile language, as Confluence keeps it per
 * user, not per session; {@code locale=} (empty) sets it back to English.
 */
public final class SessionServlet extends HttpServlet {

    static final String USER_ATTRIBUTE = "devhost.username";

    private final UserDirectory users;

    public SessionServlet(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = localPath(req.getParameter("return"));
        if (req.getServletPath().endsWith("/logout")) {
            HttpSession session = req.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            resp.sendRedirect(target);
            return;
        }
        Optional<DevUser> user = users.byUsername(String.valueOf(req.getParameter("user")));
        if (user.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown user; try admin, alice, bob, carol or dave");
            return;
        }
        String locale = req.getParameter("locale");
        if (locale != null) {
            users.setLocale(user.get().username(),
                    locale.isBlank() ? null : Locale.forLanguageTag(locale.trim().replace('_', '-')));
        }
        req.getSession(true);
        req.changeSessionId(); // a new session id on sign-in, as real products do against session fixation
        req.getSession().setAttribute(USER_ATTRIBUTE, user.get().username());
        resp.sendRedirect(target);
    }

    /**
     * A return target on this host only: a path below the context path ({@code /plugins/…} gets the context path
     * added, as Confluence's os_destination is context-relative); anything else goes home.
     */
    static String localPath(String value) {
        String cp = DevHostUrls.CONTEXT_PATH;
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")) {
            return cp + "/";
        }
        return value.equals(cp) || value.startsWith(cp + "/") ? value : cp + value;
    }
}
