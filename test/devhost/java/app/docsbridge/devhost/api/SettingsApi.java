package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.MemorySettingsStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code /devhost/api/settings}: read all settings (secrets too: test tooling) or merge string values; null removes. */
public final class SettingsApi extends HttpServlet {

    private final MemorySettingsStore settings;

    public SettingsApi(MemorySettingsStore settings) {
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, settings.sorted());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        Map<String, String> changes = new HashMap<>();
        for (Map.Entry<String, Object> e : body.entrySet()) {
            if (e.getValue() != null && !(e.getValue() instanceof String)) {
                JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getKey() + " must be a string or null");
                return;
            }
            changes.put(e.getKey(), (String) e.getValue());
        }
        settings.write(changes);
        JsonIo.write(resp, settings.sorted());
    }
}
