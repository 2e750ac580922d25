package app.docsbridge.confluence;

import app.docsbridge.core.actions.AllowedActions;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.plugin.PluginParseException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentActionConditionTest {

    private final List<String> asked = new ArrayList<>();
    private Optional<AppUser> currentUser = Optional.of(new AppUser("alice-key", "alice", "Alice"));

    /** Records the question and allows everything except for anonymous visitors. */
    private final AttachmentActions actions = new AttachmentActions(null, null, null, null, RequestScope.NONE) {
        @Override
        public AllowedActions allowed(String userKey, StoredAttachment attachment) {
            asked.add(userKey + " " + attachment.id() + " v" + attachment.version());
            return userKey == null ? AllowedActions.NONE
                    : new AllowedActions(true, false, Optional.of("docx"), true);
        }
    };

    private final Users users = new Users() {
        @Override
        public Optional<AppUser> current() {
            return currentUser;
        }

        @Override
        public Optional<AppUser> byKey(String userKey) {
            return Optional.empty();
        }

        @Override
        public Optional<String> avatarUrl(String userKey) {
            return Optional.empty();
        }

        @Override
        public Locale locale(String userKey) {
            return Locale.ENGLISH;
        }
    };

    private final AttachmentActionCondition condition = new AttachmentActionCondition(actions, users, RequestScope.NONE);

    @Test
    void shouldDisplay_shouldAskCoreForParsedActionAndCurrentUser() {
        condition.init(Map.of("action", "download-as"));

        assertTrue(condition.shouldDisplay(Map.of("attachment", attachment(42))));
        assertEquals(List.of("alice-key 42 v1"), asked);
    }

    @Test
    void shouldDisplay_shouldPassNullUserKeyForAnonymous() {
        condition.init(Map.of("action", "edit"));
        currentUser = Optional.empty();

        assertFalse(condition.shouldDisplay(Map.of("attachment", attachment(42))));
        assertEquals(List.of("null 42 v1"), asked);
    }

    @Test
    void shouldDisplay_shouldHideForHistoricalVersionOrMissingAttachment() {
        condition.init(Map.of("action", "view"));
        Attachment historical = attachment(41);
        historical.setOriginalVersion(attachment(42));

        assertFalse(condition.shouldDisplay(Map.of("attachment", historical)));
        assertFalse(condition.shouldDisplay(Map.of("page", "not an attachment")));
        assertEquals(List.of(), asked);
    }

    @Test
    void convertItem_shouldShowOnlyForItsTarget() {
        AttachmentActionCondition docx = new AttachmentActionCondition(actions, users, RequestScope.NONE);
        docx.init(Map.of("action", "convert", "target", "docx"));
        AttachmentActionCondition pdf = new AttachmentActionCondition(actions, users, RequestScope.NONE);
        pdf.init(Map.of("action", "convert", "target", "pdf"));

        assertTrue(docx.shouldDisplay(Map.of("attachment", attachment(42))));
        assertFalse(pdf.shouldDisplay(Map.of("attachment", attachment(42))));
    }

    @Test
    void init_shouldRejectMissingOrUnknownAction() {
        assertThrows(PluginParseException.class, () -> condition.init(Map.of()));
        assertThrows(PluginParseException.class, () -> condition.init(Map.of("action", "print")));
    }

    private static Attachment attachment(long id) {
        Attachment attachment = new Attachment("a.docx", "application/octet-stream", 1, "");
        attachment.setId(id);
        return attachment;
    }
}
