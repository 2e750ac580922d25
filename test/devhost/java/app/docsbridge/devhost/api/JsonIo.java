package app.docsbridge.devhost.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in and out for the dev host's test API. */
final class JsonIo {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonIo() {
    }

    /** Parsed JSON text, or null. */
    static Object parse(String json) throws IOException {
        return JSON.readValue(json, Object.class);
    }

    /** The request's JSON object, or null after answering 400. */
    static Map<String, Object> readObject(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Object value = JSON.readValue(req.getInputStream(), Object.class);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
        } catch (IOException e) {
            // answered below
        }
        error(resp, HttpServletResponse.SC_BAD_REQUEST, "expected a JSON object");
        return null;
    }

    static void write(HttpServletResponse resp, Object value) throws IOException {
        write(resp, HttpServletResponse.SC_OK, value);
    }

    static void write(HttpServletResponse resp, int status, Object value) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), value);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        write(resp, status, Map.of("error", message));
    }
}
