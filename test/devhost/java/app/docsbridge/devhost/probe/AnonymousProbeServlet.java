package app.docsbridge.devhost.probe;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Test fixture: {@code @AnonymousSiteAccess} on the class lets anonymous visitors in. */
@AnonymousSiteAccess
public class AnonymousProbeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("anonymous probe");
    }
}
