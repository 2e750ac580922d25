package app.docsbridge.devhost.api;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET /devhost/api/session}: who the request's session belongs to ({@code username} null when anonymous). */
public final class SessionApi extends HttpServlet {

    private final Users users;

    public SessionApi(Users users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<AppUser> user = users.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", user.map(AppUser::username).orElse(null));
        out.put("key", user.map(AppUser::key).orElse(null));
        out.put("displayName", user.map(AppUser::displayName).orElse(null));
        JsonIo.write(resp, out);
    }
}
