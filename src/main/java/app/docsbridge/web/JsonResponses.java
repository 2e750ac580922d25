package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** JSON answers of the app's endpoints. */
final class JsonResponses {

    private JsonResponses() {
    }

    static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(Json.write(body));
    }
}
