package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DiskAttachmentStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** {@code /devhost/api/faults}: {@code {"failNextSaves": n}} makes the next n attachment saves fail. */
public final class FaultsApi extends HttpServlet {

    private final DiskAttachmentStore store;

    public FaultsApi(DiskAttachmentStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonIo.write(resp, Map.of("failNextSaves", store.failNextSaves()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        if (!(body.get("failNextSaves") instanceof Integer count) || count < 0) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "failNextSaves must be a whole number >= 0");
            return;
        }
        store.setFailNextSaves(count);
        JsonIo.write(resp, Map.of("failNextSaves", store.failNextSaves()));
    }
}
