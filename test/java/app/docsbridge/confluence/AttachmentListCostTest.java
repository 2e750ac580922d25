package app.docsbridge.confluence;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.testing.FixedHostUrls;
import app.docsbridge.testing.LocalClusterLocks;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.util.RequestCacheThreadLocal;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an attachment list costs in Confluence services per row: the seven {@code system.attachment} items'
 * conditions, with the context Confluence passes (the row's Attachment), on the real adapters and Confluence's
 * per-request cache. Goal (issue #10): at most 1 attachment lookup and 2 permission checks per row, settings read
 * once per request, and nothing remembered from one request to the next.
 */
class AttachmentListCostTest {

    private static final String[][] MENU = {
        {"edit", null}, {"view", null}, {"convert", "docx"}, {"convert", "xlsx"}, {"convert", "pptx"},
        {"convert", "pdf"}, {"download-as", null},
    };

    private final Fakes.Pages pages = new Fakes.Pages();
    private final Page page = pages.add(7);
    private final Fakes.Users userAccessor = new Fakes.Users();
    private final ConfluenceUser alice = userAccessor.add("alice-key", "alice");
    private int attachmentLookups;
    private int settingsReads;
    private final List<String> permissionChecks = new ArrayList<>();
    private boolean aliceMayEdit = true;

    private final Fakes.Attachments attachments = new Fakes.Attachments() {
        @Override
        @Deprecated
        public Attachment getAttachment(long id) {
            attachmentLookups++;
            return super.getAttachment(id);
        }
    };

    private final PermissionManager permissionManager = new PermissionManager() {
        @Override
        public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
            permissionChecks.add(permission.toString());
            return permission == Permission.VIEW || (user == alice && aliceMayEdit);
        }

        @Override
        public boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate) {
            permissionChecks.add("create");
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
            return false;
        }
    };

    private final Users users = new Users() {
        @Override
        public Optional<AppUser> current() {
            return Optional.of(new AppUser("alice-key", "alice", "Alice"));
        }

        @Override
        public Optional<AppUser> byKey(String userKey) {
            return Optional.empty();
        }

        @Override
        public Locale locale(String userKey) {
            return Locale.ENGLISH;
        }
    };

    private final SettingsStore settingsStore = new SettingsStore() {
        @Override
        public Map<String, String> read() {
            settingsReads++;
            return Map.of("docsUrl", "https://docs.example.com", "jwtSecret", "list-cost-secret-0123456789abcdef", "lossyEditable", "odt");
        }

        @Override
        public void write(Map<String, String> values) {
            throw new UnsupportedOperationException();
        }
    };

    private final ConfluenceRequestScope request = new ConfluenceRequestScope();
    private final AppSettings settings = new AppSettings(settingsStore, FixedHostUrls.of("https://wiki.example.com"),
            new LocalClusterLocks(), request);
    private final AttachmentActions actions = new AttachmentActions(null,
            new ConfluencePermissions(permissionManager, attachments, pages, userAccessor, userManager, request),
            new FormatTable(), settings, request);

    @AfterEach
    void endRequest() {
        RequestCacheThreadLocal.clearRequestCache();
    }

    /** What Confluence's RequestCacheThreadLocalFilter does at the start of every request. */
    private static void startRequest() {
        Map<Object, Object> cache = new HashMap<>();
        cache.put(RequestCacheThreadLocal.CONTEXT_PATH_KEY, "/confluence");
        RequestCacheThreadLocal.setRequestCache(cache);
    }

    private List<Attachment> files(int count) {
        String[] names = {"Report.docx", "Notes.odt", "Budget.xls", "Scan.pdf", "Deck.ppt", "archive.zip"};
        List<Attachment> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(attachments.add(page, 5000 + i, i + "-" + names[i % names.length], new byte[10]));
        }
        return rows;
    }

    /** Renders the menu of every row as Confluence does: one context map per row, every condition asked. */
    private int renderList(List<Attachment> rows) {
        List<AttachmentActionCondition> conditions = new ArrayList<>();
        for (String[] item : MENU) {
            AttachmentActionCondition condition = new AttachmentActionCondition(actions, users, request);
            Map<String, String> params = new HashMap<>();
            params.put("action", item[0]);
            if (item[1] != null) {
                params.put("target", item[1]);
            }
            condition.init(params);
            conditions.add(condition);
        }
        CreateDocumentCondition newDocument = new CreateDocumentCondition(actions, users);
        newDocument.shouldDisplay(Map.of("page", page));
        int shown = 0;
        for (Attachment row : rows) {
            Map<String, Object> context = new HashMap<>(Map.of("page", page, "attachment", row));
            for (AttachmentActionCondition condition : conditions) {
                shown += condition.shouldDisplay(context) ? 1 : 0;
            }
        }
        return shown;
    }

    @Test
    void perRowCost_shouldStayWithinOneLookupAndTwoChecks_atAnyListLength() {
        for (int rows : new int[] {10, 1000}) {
            List<Attachment> list = files(rows);
            attachmentLookups = 0;
            settingsReads = 0;
            permissionChecks.clear();
            startRequest();

            assertTrue(renderList(list) > rows, "items shown");

            assertTrue(attachmentLookups <= rows, attachmentLookups + " attachment lookups for " + rows + " rows");
            long rowChecks = permissionChecks.stream().filter(c -> !c.equals("create")).count();
            assertTrue(rowChecks <= 2L * rows, rowChecks + " permission checks for " + rows + " rows");
            assertEquals(1, permissionChecks.stream().filter(c -> c.equals("create")).count(),
                    "may add attachments: once per page and request (New document and every Convert item)");
            assertEquals(1, settingsReads, "settings read once per request");
            endRequest();
            list.forEach(a -> attachments.byId.remove(a.getId()));
        }
    }

    @Test
    void nextRequest_shouldDecideAgain() {
        List<Attachment> list = files(3);
        startRequest();
        renderList(list);
        endRequest();

        aliceMayEdit = false; // changed on another node between two requests
        startRequest();
        renderList(list);

        assertEquals(2, settingsReads, "read again in the next request");
        assertEquals(2, permissionChecks.stream().filter(c -> c.equals("create")).count());
        assertTrue(permissionChecks.stream().filter(c -> c.equals("EDIT")).count() >= 2,
                "edit permission checked again in the next request: " + permissionChecks);
    }

    @Test
    void outsideRequest_shouldRememberNothing() {
        List<Attachment> list = files(2);
        RequestCacheThreadLocal.clearRequestCache();

        renderList(list);
        renderList(list);

        assertTrue(permissionChecks.stream().filter(c -> c.equals("create")).count() > 2,
                "no request, no memory (a background thread's map is never cleared): " + permissionChecks);
        assertTrue(settingsReads > 2, "settings read every time outside a request: " + settingsReads);
    }
}
