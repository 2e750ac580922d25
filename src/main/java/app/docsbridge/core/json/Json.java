package app.docsbridge.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The app's one JSON mapper: tolerant of unknown fields, never writes nulls it was not given. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON object; anything else (array, scalar, bad syntax) is an {@link IOException}. */
    public static Map<String, Object> readObject(String text) throws IOException {
        Map<String, Object> value = MAPPER.readValue(text, OBJECT);
        if (value == null) {
            throw new IOException("expected a JSON object");
        }
        return value;
    }

    public static Map<String, Object> readObject(InputStream in) throws IOException {
        Map<String, Object> value = MAPPER.readValue(in, OBJECT);
        if (value == null) {
            throw new IOException("expected a JSON object");
        }
        return value;
    }

    public static <T> T read(InputStream in, Class<T> type) throws IOException {
        return MAPPER.readValue(in, type);
    }

    /**
     * Escapes JSON for embedding in an HTML {@code <script>} element: no {@code <}, {@code >}, {@code &} or line
     * separators survive, so no file name can close the element or start markup. The common case (none of them in
     * the text) costs one scan and returns the mapper's string as it is.
     */
    public static String forScriptElement(Object value) {
        String json = write(value);
        int first = firstToEscape(json, 0);
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 32);
        int copied = 0;
        for (int i = first; i >= 0; i = firstToEscape(json, i + 1)) {
            out.append(json, copied, i).append(switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                default -> "\\u2029";
            });
            copied = i + 1;
        }
        return out.append(json, copied, json.length()).toString();
    }

    private static int firstToEscape(String text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }
}
