package app.docsbridge.core.editor;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionLinksTest {

    @Test
    void takesTheEditorsActionObjectAsItIs() {
        assertEquals(Optional.of(Map.of("action", Map.of("type", "bookmark", "data", "Intro"))),
                ActionLinks.parse("{\"action\":{\"type\":\"bookmark\",\"data\":\"Intro\"}}"));
    }

    @Test
    void refusesWhatTheEditorDoesNotMake() {
        assertEquals(Optional.empty(), ActionLinks.parse(null));
        assertEquals(Optional.empty(), ActionLinks.parse(""));
        assertEquals(Optional.empty(), ActionLinks.parse("not json"));
        assertEquals(Optional.empty(), ActionLinks.parse("[1,2]"));
        assertEquals(Optional.empty(), ActionLinks.parse("{\"action\":\"x\"}"));
        assertEquals(Optional.empty(), ActionLinks.parse("{\"action\":{\"data\":\"" + "x".repeat(3000) + "\"}}"));
    }
}
