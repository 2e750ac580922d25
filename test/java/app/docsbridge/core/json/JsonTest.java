package app.docsbridge.core.json;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void forScriptElement_shouldReturnPlainJsonUnchangedAndEscapeEveryOccurrenceElsewhere() throws IOException {
        Map<String, Object> plain = Map.of("title", "Quarterly report.docx", "url", "https://x.example.com/f?a=1");
        assertEquals(Json.write(plain), Json.forScriptElement(plain));

        String mixed = "a<b>c&d<<e\u2028f\u2029" + "end&";
        String json = Json.forScriptElement(Map.of("n", mixed));
        assertEquals("{\"n\":\"a\\u003cb\\u003ec\\u0026d\\u003c\\u003ce\\u2028f\\u2029end\\u0026\"}", json);
        assertEquals(mixed, Json.readObject(json).get("n"));
    }

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
