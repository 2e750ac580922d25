package app.docsbridge.devhost.probe;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Test fixture: only {@code doPost} is open to anyone (like a server-to-server callback); {@code doGet} is not. */
public class MethodAccessProbeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.getWriter().write("get probe");
    }

    @Override
    @UnrestrictedAccess
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.getWriter().write("post probe");
    }
}
