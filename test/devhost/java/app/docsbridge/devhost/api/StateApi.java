package app.docsbridge.devhost.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A dev host API over one piece of in-memory state: {@code GET} answers the state, {@code POST} a JSON object changes
 * it and answers the new state. A body that is not a JSON object, or a change the API refuses, is answered 400 with
 * the reason and changes nothing.
 */
abstract class StateApi extends HttpServlet {

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, describe());
    }

    @Override
    protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Optional<String> refused = change(body);
        if (refused.isPresent()) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, refused.get());
            return;
        }
        JsonIo.write(resp, describe());
    }

    /** The state, as GET and every accepted POST answer it. */
    abstract Map<String, Object> describe();

    /** Applies the change the body asks for, or says why it is refused (and changes nothing). */
    abstract Optional<String> change(Map<String, Object> body);
}
