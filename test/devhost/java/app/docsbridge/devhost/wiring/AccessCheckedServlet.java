package app.docsbridge.devhost.wiring;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;

/** Wraps a plugin servlet with the access check Confluence applies before the servlet sees the request. */
public final class AccessCheckedServlet extends HttpServlet {

    private final HttpServlet target;
    private final Users users;
    private final Permissions permissions;
    private final HostUrls urls;
    private final String key;
    private final Predicate<String> licensed;

    /** {@code licensed}: whether a user key holds a Confluence licence. */
    public AccessCheckedServlet(String key, HttpServlet target, Users users, Permissions permissions, HostUrls urls,
                                Predicate<String> licensed) {
        this.key = key;
        this.licensed = licensed;
        this.target = target;
        this.users = users;
        this.permissions = permissions;
        this.urls = urls;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        target.init(config);
    }

    @Override
    public void destroy() {
        target.destroy();
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ServletAccess access = ServletAccess.of(target.getClass(), req.getMethod());
        Optional<AppUser> user = users.current();
        if (access != ServletAccess.UNRESTRICTED && access != ServletAccess.ANONYMOUS && user.isEmpty()) {
            resp.sendRedirect(urls.loginUrl(contextRelativeTarget(req)));
            return;
        }
        // Signed in without a licence: only UnrestrictedAccess lets them through (limited unlicensed access is off).
        if (access != ServletAccess.UNRESTRICTED && user.isPresent() && !licensed.test(user.get().key())) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "this page is for licensed Confluence users only");
            return;
        }
        if (access == ServletAccess.ADMIN && !permissions.isSystemAdmin(user.get().key())) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "administrators only");
            return;
        }
        long cpu = ServletCpu.now();
        try {
            target.service(req, resp);
        } finally {
            ServletCpu.record(key, cpu);
        }
    }

    /** Path and query below the context path: Confluence's os_destination. */
    static String contextRelativeTarget(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return req.getQueryString() == null ? path : path + "?" + req.getQueryString();
    }
}
