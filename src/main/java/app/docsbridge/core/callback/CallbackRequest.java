package app.docsbridge.core.callback;

import java.util.Map;

/** A callback as it arrived: the link token from our URL, the JSON body and the value of the configured JWT header. */
public record CallbackRequest(String linkToken, Map<String, Object> body, String jwtHeaderValue) {
}
