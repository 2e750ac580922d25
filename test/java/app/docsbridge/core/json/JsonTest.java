package app.docsbridge.core.json;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void forScriptElement_shouldEscapeEverythingThatCouldEndTheElement() throws IOException {
        String hostile = "</script><!-- <img src=x onerror=alert(1)> & \u2028\u2029 \"quoted\"";

        String json = Json.forScriptElement(Map.of("name", hostile));

        for (String bad : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(json.contains(bad), bad);
        }
        assertEquals(hostile, Json.readObject(json).get("name"), "the escaped JSON still means the same");
    }

    @Test
    void readObject_shouldAcceptOnlyObjects() throws IOException {
        assertEquals(Map.of("a", 1), Json.readObject("{\"a\":1}"));
        assertThrows(IOException.class, () -> Json.readObject("[1]"));
        assertThrows(IOException.class, () -> Json.readObject("null"));
        assertThrows(IOException.class, () -> Json.readObject("42"));
        assertThrows(IOException.class, () -> Json.readObject("{\"a\":"));
        assertThrows(IOException.class, () -> Json.readObject(""));
    }
}
