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
     * separators survive, so no file name can close the element or start markup.
     */
    public static String forScriptElement(Object value) {
        StringBuilder out = new StringBuilder();
        for (char c : write(value).toCharArray()) {
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
