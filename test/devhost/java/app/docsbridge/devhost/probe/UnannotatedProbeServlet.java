package app.docsbridge.devhost.probe;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test fixture (mounted only through test/fixtures/devhost/probe-modules.xml): a plugin servlet with no access
 * annotation, so Confluence 9+ serves it to signed-in users only. Also proves constructor autowiring.
 */
public class UnannotatedProbeServlet extends HttpServlet {

    private final Users users;

    public UnannotatedProbeServlet(Users users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("probe for " + users.current().map(AppUser::username).orElse("anonymous")
                + " init-param=" + getInitParameter("greeting"));
    }
}
