package app.docsbridge.devhost.webresources;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsI18nTest {

    private static final Map<String, String> TEXTS = Map.of(
            "app.title", "Edit \"it\" now",
            "app.count", "{0} files");

    private static String transform(String js) {
        return JsI18n.transform(js, TEXTS::get);
    }

    @Test
    void replacesEachLiteralCallFormWithTheTextsStringLiteral() {
        assertEquals("a(\"Edit \\\"it\\\" now\")", transform("a(WRM.I18n.getText(\"app.title\"))"));
        assertEquals("a(\"Edit \\\"it\\\" now\")", transform("a(AJS.I18n.getText('app.title'))"));
        assertEquals("x=\"{0} files\";", transform("x=I18n.getText( \"app.count\" );"));
    }

    @Test
    void usesTheKeyWhenTheTextIsMissing() {
        assertEquals("t(\"no.such.key\")", transform("t(WRM.I18n.getText(\"no.such.key\"))"));
    }

    @Test
    void leavesCallsAloneThatAreNotASingleLiteral() {
        String js = "WRM.I18n.getText(key);WRM.I18n.getText(\"app.count\",2);other.I18n.getText(\"app.title\")";
        assertEquals(js, transform(js));
    }
}
