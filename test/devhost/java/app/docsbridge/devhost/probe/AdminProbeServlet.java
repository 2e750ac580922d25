package app.docsbridge.devhost.probe;

import com.atlassian.annotations.security.SystemAdminOnly;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Test fixture: {@code @SystemAdminOnly} admits only system administrators. */
@SystemAdminOnly
public class AdminProbeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.getWriter().write("admin probe");
    }
}
