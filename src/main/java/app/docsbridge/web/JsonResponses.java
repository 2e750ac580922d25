package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    /**
     * The same answer with its length announced and flushed: the client has all of it before the caller goes on
     * (a callback's answer must not wait for the work that follows it).
     */
    static void sendComplete(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] json = Json.write(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }
}
