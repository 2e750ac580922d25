package app.docsbridge.devhost.pages;

import app.docsbridge.devhost.descriptor.WebItemModule;
import app.docsbridge.devhost.wiring.ModuleProblems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void rendersTheLinkButWritesTheLinkIdAsItIsLikeConfluence() {
        WebItemModule item = new WebItemModule("edit", "system.attachment", 10, "label.key", null,
                "/plugins/servlet/x?attachmentId=$attachment.id", "docsbridge-edit-$attachment.id", "docsbridge-open",
                Optional.empty());
        WebItems items = new WebItems(List.of(item), null, getClass().getClassLoader(),
                (locale, key, args) -> "Edit", new ModuleProblems(true));

        String html = items.render("system.attachment", Map.of(), VARIABLES, Locale.ENGLISH);

        assertTrue(html.contains("href=\"/confluence/plugins/servlet/x?attachmentId=2001\""), html);
        assertTrue(html.contains("id=\"docsbridge-edit-$attachment.id\""), html);
    }
}
