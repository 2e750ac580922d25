package app.docsbridge.devhost.pages;

import app.docsbridge.devhost.memory.DevUser;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** {@code GET /devhost/avatars/<username>.svg}: a profile picture (initials on a colour), as Confluence serves one. */
public final class AvatarServlet extends HttpServlet {

    private static final String[] COLOURS = {"#0052CC", "#00875A", "#6554C0", "#FF5630", "#00A3BF"};
    private final transient UserDirectory directory;

    public AvatarServlet(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String username = path.startsWith("/") && path.endsWith(".svg") ? path.substring(1, path.length() - 4) : "";
        Optional<DevUser> user = directory.byUsername(username);
        if (user.isEmpty()) {
            resp.sendError(404);
            return;
        }
        String name = user.get().user().displayName();
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 2 && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String colour = COLOURS[Math.floorMod(username.hashCode(), COLOURS.length)];
        resp.setContentType("image/svg+xml");
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.getWriter().write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/><text x=\"24\" y=\"31\" font-family=\"sans-serif\" "
                + "font-size=\"20\" fill=\"#fff\" text-anchor=\"middle\">" + initials + "</text></svg>");
    }
}
