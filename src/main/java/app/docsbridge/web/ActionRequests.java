package app.docsbridge.web;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.StoredAttachment;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Shared parts of the attachment-action endpoints (create, convert, download as, formats): small JSON request
 * bodies, their fields, and how an attachment is described to the browser.
 */
final class ActionRequests {

    /** The bodies are a few fields; anything larger is refused unread. */
    static final int MAX_BODY = 16 * 1024;

    static final String EDITOR_PATH = "/plugins/servlet/onlyoffice/doceditor";

    private ActionRequests() {
    }

    /** The JSON object of the request body; empty for a missing, oversized or malformed body. */
    static Map<String, Object> body(HttpServletRequest request) {
        return body(request, MAX_BODY);
    }

    /** As {@link #body(HttpServletRequest)}, for bodies of at most {@code maxBytes}. */
    static Map<String, Object> body(HttpServletRequest request, int maxBytes) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length == 0 || bytes.length > maxBytes) {
                return Map.of();
            }
            return Json.readObject(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * A positive id given as a JSON integer or a string of digits. A number beyond {@code long} (Jackson reads it as a
     * BigInteger, whose {@code longValue()} wraps: 2^64 + N would become N) or with a fraction or exponent is no id.
     */
    static OptionalLong id(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value instanceof Integer || value instanceof Long) {
            long id = ((Number) value).longValue();
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        }
        if (value instanceof java.math.BigInteger big) {
            return big.bitLength() < 64 && big.signum() > 0 ? OptionalLong.of(big.longValue()) : OptionalLong.empty();
        }
        return value instanceof String s ? RequestParams.positiveLong(s) : OptionalLong.empty();
    }

    static String text(Map<String, Object> body, String name) {
        return body.get(name) instanceof String s ? s : null;
    }

    static String editorUrl(HostUrls hostUrls, long attachmentId) {
        return hostUrls.contextPath() + EDITOR_PATH + "?attachmentId=" + attachmentId;
    }

    /** {@code {id, pageId, fileName, editorUrl}}: what the dialogs show and open. */
    static Map<String, Object> describe(StoredAttachment attachment, HostUrls hostUrls) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attachment.id());
        json.put("pageId", attachment.pageId());
        json.put("fileName", attachment.fileName());
        json.put("editorUrl", editorUrl(hostUrls, attachment.id()));
        return json;
    }

    /** {@code {error, message}} with the message in the user's language. */
    static Map<String, Object> error(String error, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("message", message);
        return json;
    }
}
