package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.MemoryMailServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mail outbox:
 * <ul>
 *   <li>{@code GET /devhost/api/mail}: the sent mails, oldest first, {@code [{from, to, subject, text, html, time}]};</li>
 *   <li>{@code DELETE /devhost/api/mail}: empties the outbox ({@code {cleared: n}});</li>
 *   <li>{@code GET/POST /devhost/api/mail/server} {@code {"configured": true|false}}: whether Confluence has an
 *       outgoing mail server (false simulates a site without one).</li>
 * </ul>
 */
public final class MailApi extends HttpServlet {

    private final MemoryMailServer mail;

    public MailApi(MemoryMailServer mail) {
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (isServer(req)) {
            JsonIo.write(resp, server());
            return;
        }
        if (!isOutbox(req)) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        List<Map<String, Object>> mails = mail.outbox().stream().map(m -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", m.from());
            json.put("to", m.to());
            json.put("subject", m.subject());
            json.put("text", m.text());
            json.put("html", m.html());
            json.put("time", m.time().toString());
            return json;
        }).toList();
        JsonIo.write(resp, mails);
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!isOutbox(req)) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        int count = mail.outbox().size();
        mail.clear();
        JsonIo.write(resp, Map.of("cleared", count));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!isServer(req)) {
            JsonIo.error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST /devhost/api/mail/server only");
            return;
        }
        Map<String, Object> body = JsonIo.readObject(req, resp);
        if (body == null) {
            return;
        }
        if (!(body.get("configured") instanceof Boolean configured)) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "configured must be true or false");
            return;
        }
        mail.setConfigured(configured);
        JsonIo.write(resp, server());
    }

    private Map<String, Object> server() {
        return Map.of("configured", mail.isConfigured());
    }

    private static boolean isOutbox(HttpServletRequest req) {
        String path = req.getPathInfo();
        return path == null || path.isEmpty() || path.equals("/");
    }

    private static boolean isServer(HttpServletRequest req) {
        return "/server".equals(req.getPathInfo());
    }
}
