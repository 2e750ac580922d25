package app.docsbridge.confluence;

import app.docsbridge.core.port.ContentDirectory;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;

import java.time.LocalDate;
import java.util.Calendar;
import java.util.Optional;

/**
 * Pages and blog posts by title, with PageManager.getPage(String, String) and getBlogPost(String, String, Calendar)
 * (Confluence 8.7.2 PageManager; called the same way by the ONLYOFFICE connector 7.4.2 built against 10.0.3).
 */
public class ConfluenceContentDirectory implements ContentDirectory {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;

    public ConfluenceContentDirectory(PageManager pageManager, PermissionManager permissionManager,
                                      UserAccessor userAccessor) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<Long> findPage(String spaceKey, String title) {
        Page page = pageManager.getPage(spaceKey, title);
        return page == null ? Optional.empty() : Optional.of(page.getId());
    }

    @Override
    public Optional<Long> findBlogPost(String spaceKey, String title, LocalDate postingDay) {
        Calendar day = Calendar.getInstance();
        day.clear();
        day.set(postingDay.getYear(), postingDay.getMonthValue() - 1, postingDay.getDayOfMonth());
        BlogPost post = pageManager.getBlogPost(spaceKey, title, day);
        return post == null ? Optional.empty() : Optional.of(post.getId());
    }

    @Override
    public boolean canViewPage(String userKey, long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null) {
            return false;
        }
        ConfluenceUser user = ConfluenceUserKeys.user(userAccessor, userKey);
        return (userKey == null || user != null) && PermissionCalls.hasPermission(permissionManager, user, Permission.VIEW, page);
    }
}
