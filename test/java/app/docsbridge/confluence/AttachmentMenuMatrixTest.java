package app.docsbridge.confluence;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.TestApp;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The attachment menu as the descriptor declares it (every {@code system.attachment} web-item with its condition
 * and parameters), for each format × user × size × version: which ONLYOFFICE items a user sees.
 */
class AttachmentMenuMatrixTest {

    private static final long PAGE = 7;

    private final TestApp app = new TestApp();
    private final Map<String, AttachmentActionCondition> items = menuItems();

    private Map<String, AttachmentActionCondition> menuItems() {
        Map<String, AttachmentActionCondition> conditions = new LinkedHashMap<>();
        try (InputStream in = AttachmentMenuMatrixTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList webItems = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("web-item");
            for (int i = 0; i < webItems.getLength(); i++) {
                Element item = (Element) webItems.item(i);
                Element condition = (Element) item.getElementsByTagName("condition").item(0);
                if (!"system.attachment".equals(item.getAttribute("section")) || condition == null
                        || !AttachmentActionCondition.class.getName().equals(condition.getAttribute("class"))) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                NodeList paramNodes = condition.getElementsByTagName("param");
                for (int p = 0; p < paramNodes.getLength(); p++) {
                    Element param = (Element) paramNodes.item(p);
                    params.put(param.getAttribute("name"), param.getTextContent().trim());
                }
                AttachmentActionCondition instance = new AttachmentActionCondition(app.actions, app.users,
                        RequestScope.NONE);
                instance.init(params);
                conditions.put(item.getAttribute("key"), instance);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return conditions;
    }

    private Set<String> menu(String userKey, StoredAttachment file, boolean latest) {
        if (userKey == null) {
            app.users.signOut();
        } else {
            app.users.signIn(userKey);
        }
        Attachment attachment = new Attachment(file.fileName(), file.mediaType(), file.size(), "");
        attachment.setId(file.id());
        attachment.setVersion(file.version());
        Page page = new Page();
        page.setId(file.pageId());
        attachment.setContainer(page);
        if (!latest) {
            Attachment newer = new Attachment(file.fileName(), file.mediaType(), file.size(), "");
            newer.setId(file.id());
            attachment.setOriginalVersion(newer);
        }
        Set<String> shown = new TreeSet<>();
        items.forEach((key, condition) -> {
            if (condition.shouldDisplay(Map.of("attachment", attachment))) {
                shown.add(key);
            }
        });
        return shown;
    }

    private StoredAttachment file(String name, long size) {
        StoredAttachment file = size < 0 ? app.attachments.add(PAGE, name, new byte[] {1}, "editor")
                : app.attachments.addWithSize(PAGE, name, size);
        app.permissions.allowEdit("editor", file.id()).allowView("viewer", file.id())
                .allowView("contributor", file.id()).allowView(null, file.id());
        return file;
    }

    @Test
    void descriptor_shouldDeclareEveryAttachmentAction() {
        assertEquals(Set.of("edit-in-onlyoffice", "view-in-onlyoffice", "convert-to-docx", "convert-to-xlsx",
                "convert-to-pptx", "convert-to-pdf", "download-as"), items.keySet());
    }

    @Test
    void menu_shouldFollowFormatAndPermission() {
        app.users.add("editor", "editor", "Editor");
        app.users.add("viewer", "viewer", "Viewer");
        app.users.add("contributor", "contributor", "May add attachments, not edit this file");
        app.users.add("stranger", "stranger", "Stranger");
        app.permissions.allowAddAttachments("editor", PAGE).allowAddAttachments("contributor", PAGE);
        Set<String> edit = Set.of("edit-in-onlyoffice", "download-as");
        Set<String> view = Set.of("view-in-onlyoffice", "download-as");

        String[] users = {"editor", "viewer", "contributor", null, "stranger"};
        Map<String, Object[]> expected = new LinkedHashMap<>();
        expected.put("Report.docx", new Object[] {edit, view, view, view, Set.of()});
        expected.put("Scan.pdf", new Object[] {edit, view, view, view, Set.of()});
        expected.put("Notes.odt", new Object[] {plus(view, "convert-to-docx"), view, plus(view, "convert-to-docx"),
            view, Set.of()});
        expected.put("Budget.xls", new Object[] {plus(view, "convert-to-xlsx"), view, plus(view, "convert-to-xlsx"),
            view, Set.of()});
        expected.put("Deck.ppt", new Object[] {plus(view, "convert-to-pptx"), view, plus(view, "convert-to-pptx"),
            view, Set.of()});
        expected.put("Print.xps", new Object[] {plus(view, "convert-to-pdf"), view, plus(view, "convert-to-pdf"),
            view, Set.of()});
        expected.put("Link.gdoc", new Object[] {Set.of("view-in-onlyoffice"), Set.of("view-in-onlyoffice"),
            Set.of("view-in-onlyoffice"), Set.of("view-in-onlyoffice"), Set.of()});
        expected.put("archive.zip", new Object[] {Set.of(), Set.of(), Set.of(), Set.of(), Set.of()});

        expected.forEach((name, perUser) -> {
            StoredAttachment small = file(name, -1);
            StoredAttachment large = file(name, AttachmentActions.MAX_FILE_BYTES + 1);
            for (int u = 0; u < users.length; u++) {
                String who = name + " for " + users[u];
                assertEquals(perUser[u], menu(users[u], small, true), who);
                assertEquals(Set.of(), menu(users[u], small, false), who + ": historical versions get nothing");
                assertEquals(Set.of(), menu(users[u], large, true), who + ": above the Docs server's limit");
            }
        });
    }

    @Test
    void menu_shouldOfferEditForLossyFormatsOnlyOnceAllowed() {
        app.users.add("editor", "editor", "Editor");
        app.permissions.allowAddAttachments("editor", PAGE);
        StoredAttachment odt = file("Notes.odt", -1);
        app.set("lossyEditable", "odt");

        assertEquals(Set.of("edit-in-onlyoffice", "convert-to-docx", "download-as"), menu("editor", odt, true));
    }

    private static Set<String> plus(Set<String> base, String item) {
        Set<String> all = new TreeSet<>(base);
        all.add(item);
        return all;
    }
}
