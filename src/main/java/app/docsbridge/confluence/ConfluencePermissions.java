package app.docsbridge.confluence;

import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.RequestScope;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import java.util.function.Predicate;

/**
 * Confluence's own permission checks; the overloads each Confluence line has are called through PermissionCalls. The
 * attachment and user objects a check needs are looked up at most once per request (an attachment list checks every
 * row).
 */
public class ConfluencePermissions implements Permissions {

    private final PermissionManager permissionManager;
    private final AttachmentManager attachmentManager;
    private final PageManager pageManager;
    private final UserAccessor userAccessor;
    private final UserManager userManager;
    private final RequestScope request;

    public ConfluencePermissions(PermissionManager permissionManager, AttachmentManager attachmentManager,
                                 PageManager pageManager, UserAccessor userAccessor, UserManager userManager,
                                 RequestScope request) {
        this.permissionManager = permissionManager;
        this.attachmentManager = attachmentManager;
        this.pageManager = pageManager;
        this.userAccessor = userAccessor;
        this.userManager = userManager;
        this.request = request;
    }

    @Override
    public boolean canView(String userKey, long attachmentId) {
        return onAttachment(userKey, attachmentId, Permission.VIEW);
    }

    @Override
    public boolean canEdit(String userKey, long attachmentId) {
        return onAttachment(userKey, attachmentId, Permission.EDIT);
    }

    @Override
    public boolean canAddAttachments(String userKey, long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null
                && asUser(userKey, user -> PermissionCalls.hasCreatePermission(permissionManager, user, page, Attachment.class));
    }

    @Override
    public boolean isSystemAdmin(String userKey) {
        return userKey != null && userManager.isSystemAdmin(new UserKey(userKey));
    }

    @SuppressWarnings("deprecation") // getAttachment(long): still present in 10.x
    private boolean onAttachment(String userKey, long attachmentId, Permission permission) {
        Attachment attachment = RequestAttachments.get(request, attachmentId,
                () -> attachmentManager.getAttachment(attachmentId));
        return attachment != null
                && asUser(userKey, user -> PermissionCalls.hasPermission(permissionManager, user, permission, attachment));
    }

    /**
     * A null key is checked as anonymous; a key that names no user (deleted since the link or token was made) is
     * refused outright rather than checked as anonymous.
     */
    private boolean asUser(String userKey, Predicate<ConfluenceUser> check) {
        ConfluenceUser user = userKey == null ? null
                : request.remember("user:" + userKey, () -> ConfluenceUserKeys.user(userAccessor, userKey));
        return (userKey == null || user != null) && check.test(user);
    }
}
