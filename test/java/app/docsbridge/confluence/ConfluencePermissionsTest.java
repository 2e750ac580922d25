package app.docsbridge.confluence;

import app.docsbridge.core.port.RequestScope;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfluencePermissionsTest {

    private final Fakes.Attachments attachments = new Fakes.Attachments();
    private final Fakes.Pages pages = new Fakes.Pages();
    private final Fakes.Users users = new Fakes.Users();
    private final List<String> checks = new ArrayList<>();
    private final Page page = pages.add(7);
    private final Attachment attachment = attachments.add(page, 42, "a.docx", new byte[0]);
    private final ConfluenceUser alice = users.add("alice-key", "alice");

    /** Grants VIEW to everyone (anonymous too), EDIT and create only to alice. */
    private final PermissionManager permissionManager = new PermissionManager() {
        @Override
        public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
            checks.add(name(user) + " " + permission + " " + (target == attachment ? "attachment" : target));
            return permission == Permission.VIEW || user == alice;
        }

        @Override
        public boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate) {
            checks.add(name(user) + " create " + typeToCreate.getSimpleName() + (container == page ? " on page" : ""));
            return user == alice;
        }
    };

    private final UserManager userManager = new UserManager() {
        @Override
        public UserProfile getUserProfile(String username) {
            return null;
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public UserProfile getRemoteUser() {
            return null;
        }

        @Override
        public UserProfile getUserProfile(UserKey userKey) {
            return null;
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            return userKey.getStringValue().equals("admin-key");
        }
    };

    private final ConfluencePermissions permissions =
            new ConfluencePermissions(permissionManager, attachments, pages, users, userManager,
                    RequestScope.NONE);

    @Test
    void canView_shouldCheckAnonymousAsNullUser() {
        assertTrue(permissions.canView(null, 42));
        assertEquals(List.of("anonymous VIEW attachment"), checks);
    }

    @Test
    void canEdit_shouldAskForEditPermissionOfTheUser() {
        assertTrue(permissions.canEdit("alice-key", 42));
        assertFalse(permissions.canEdit(null, 42));
        assertEquals(List.of("alice EDIT attachment", "anonymous EDIT attachment"), checks);
    }

    @Test
    void checks_shouldRefuseUnknownUserKeyAndMissingTargets() {
        assertFalse(permissions.canView("deleted-key", 42));
        assertFalse(permissions.canView("alice-key", 43));
        assertFalse(permissions.canAddAttachments("alice-key", 8));
        assertEquals(List.of(), checks);
    }

    @Test
    void canAddAttachments_shouldAskForAttachmentCreatePermissionOnPage() {
        assertTrue(permissions.canAddAttachments("alice-key", 7));
        assertFalse(permissions.canAddAttachments(null, 7));
        assertEquals(List.of("alice create Attachment on page", "anonymous create Attachment on page"), checks);
    }

    @Test
    void isSystemAdmin_shouldUseSalAndRefuseAnonymous() {
        assertTrue(permissions.isSystemAdmin("admin-key"));
        assertFalse(permissions.isSystemAdmin("alice-key"));
        assertFalse(permissions.isSystemAdmin(null));
    }

    private static String name(ConfluenceUser user) {
        return user == null ? "anonymous" : user.getName();
    }
}
