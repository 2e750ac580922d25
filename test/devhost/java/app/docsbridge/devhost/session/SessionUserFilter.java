package app.docsbridge.devhost.session;

import app.docsbridge.devhost.memory.CurrentUser;
import app.docsbridge.devhost.memory.DevUser;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** Binds the session's user to the request thread for {@code Users.current()}, and always unbinds it. */
public final class SessionUserFilter implements Filter {

    private final UserDirectory users;

    public SessionUserFilter(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = ((HttpServletRequest) request).getSession(false);
        Object username = session == null ? null : session.getAttribute(SessionServlet.USER_ATTRIBUTE);
        CurrentUser.set(username == null ? null : users.byUsername(username.toString()).map(DevUser::user).orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.set(null);
        }
    }
}
