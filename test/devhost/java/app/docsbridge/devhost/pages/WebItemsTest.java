package app.docsbridge.devhost.pages;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebItemsTest {

    private static final Map<String, String> VARIABLES = Map.of(
            "attachment.id", "2001", "attachment.fileName", "A%20B.docx", "page.id", "1001");

    @Test
    void fillsVariablesInBothSyntaxesAndPrefixesTheContextPath() {
        assertEquals("/confluence/plugins/servlet/x?id=2001&name=A%20B.docx&page=1001",
                WebItems.link("/plugins/servlet/x?id=$attachment.id&name=${attachment.fileName}&page=$page.id", VARIABLES));
    }

    @Test
    void leavesUnknownVariablesAndAbsoluteLinksAlone() {
        assertEquals("https://example.com/?v=$unknown.thing", WebItems.link("https://example.com/?v=$unknown.thing", VARIABLES));
    }
}
