package app.docsbridge.confluence;

import app.docsbridge.testing.TestApp;
import com.atlassian.confluence.pages.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateDocumentConditionTest {

    private final TestApp app = new TestApp();
    private final CreateDocumentCondition condition = new CreateDocumentCondition(app.actions, app.users);

    private static Page page(long id) {
        Page page = new Page();
        page.setId(id);
        return page;
    }

    @Test
    void shouldDisplay_onlyToSignedInUsersWhoMayAddAttachmentsToThePage() {
        condition.init(Map.of());
        app.users.add("alice", "alice", "Alice");
        app.users.add("bob", "bob", "Bob");
        app.permissions.allowAddAttachments("alice", 7).allowAddAttachments(null, 7);

        app.users.signIn("alice");
        assertTrue(condition.shouldDisplay(Map.of("page", page(7))));
        assertFalse(condition.shouldDisplay(Map.of("page", page(8))));
        assertFalse(condition.shouldDisplay(Map.of()), "no page in the context");
        assertFalse(condition.shouldDisplay(Map.of("page", "not a page")));

        app.users.signIn("bob");
        assertFalse(condition.shouldDisplay(Map.of("page", page(7))));

        app.users.signOut();
        assertFalse(condition.shouldDisplay(Map.of("page", page(7))), "anonymous visitors never create");
    }

    @Test
    void shouldDisplay_notUntilTheAppIsConfigured() {
        app.users.add("alice", "alice", "Alice");
        app.permissions.allowAddAttachments("alice", 7);
        app.users.signIn("alice");
        app.set("jwtSecret", "");

        assertFalse(condition.shouldDisplay(Map.of("page", page(7))), "a new document could not be opened");
    }
}
