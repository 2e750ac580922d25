package app.docsbridge.core.callback;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP answer to a Document Server callback. {@code {"error":0}} only once the work is durably done; a 5xx makes
 * the Document Server try again; any other answer makes it keep the file as "forgotten" (recoverable by an admin).
 */
public record CallbackAnswer(int httpStatus, Map<String, Object> body) {

    public static CallbackAnswer ok() {
        return new CallbackAnswer(200, Map.of("error", 0));
    }

    /** A failure that may pass: the Document Server retries. */
    public static CallbackAnswer retryLater(String message) {
        return failure(503, message);
    }

    /** A request that must not be acted on; retrying will not change that. */
    public static CallbackAnswer refused(int httpStatus, String message) {
        return failure(httpStatus, message);
    }

    private static CallbackAnswer failure(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", 1);
        body.put("message", message);
        return new CallbackAnswer(status, body);
    }

    public boolean isOk() {
        return httpStatus == 200 && Integer.valueOf(0).equals(body.get("error"));
    }
}
