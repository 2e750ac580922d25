package app.docsbridge.devhost.session;

import app.docsbridge.devhost.memory.UserDirectory;
import app.docsbridge.devhost.pages.Html;
import app.docsbridge.devhost.pages.PageLayout;
import app.docsbridge.devhost.pages.SignInLinks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /login.action?os_destination=…}: where Confluence sends anonymous visitors; here, a list of users. */
public final class LoginPage extends HttpServlet {

    private final UserDirectory users;
    private final PageLayout layout;

    public LoginPage(UserDirectory users, PageLayout layout) {
        this.users = users;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String destination = SessionServlet.localPath(req.getParameter("os_destination"));
        String body = "<h1>Log in</h1>\n<p>After signing in you return to <code class=\"destination\">"
                + Html.escape(destination) + "</code>.</p>\n" + SignInLinks.html(users, destination);
        layout.write(resp, "Log in", body);
    }
}
