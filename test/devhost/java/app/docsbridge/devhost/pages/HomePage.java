package app.docsbridge.devhost.pages;

import app.docsbridge.devhost.memory.DevHostUrls;
import app.docsbridge.devhost.memory.DevPage;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /confluence/}: the pages of the DEV space and one-click sign-in for each user. */
public final class HomePage extends HttpServlet {

    private final DevSpace space;
    private final UserDirectory users;
    private final PageLayout layout;

    public HomePage(DevSpace space, UserDirectory users, PageLayout layout) {
        this.space = space;
        this.users = users;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String cp = DevHostUrls.CONTEXT_PATH;
        StringBuilder html = new StringBuilder("<h1>Confluence dev host</h1>\n<h2>Space ")
                .append(Html.escape(DevSpace.NAME)).append(" (").append(DevSpace.KEY).append(")</h2>\n<ul class=\"pages\">\n");
        for (DevPage page : space.pages()) {
            html.append("<li><a href=\"").append(cp).append("/pages/viewpageattachments.action?pageId=").append(page.id())
                    .append("\">").append(Html.escape(page.title())).append("</a> (page ").append(page.id()).append(")</li>\n");
        }
        html.append("</ul>\n<p>Anonymous viewing of the space is <b>").append(space.anonymousView() ? "on" : "off")
                .append("</b>.</p>\n").append(SignInLinks.html(users, cp + "/"));
        layout.write(resp, "Home", html.toString());
    }
}
