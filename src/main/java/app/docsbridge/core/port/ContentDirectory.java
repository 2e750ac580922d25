package app.docsbridge.core.port;

import java.time.LocalDate;
import java.util.Optional;

/** Confluence's pages and blog posts, as far as the preview macro needs them. A {@code null} user key is anonymous. */
public interface ContentDirectory {

    /** The id of the current page with this title in the space. */
    Optional<Long> findPage(String spaceKey, String title);

    /** The id of the blog post with this title, posted on that day in the space. */
    Optional<Long> findBlogPost(String spaceKey, String title, LocalDate postingDay);

    /** The page or blog post exists and the user may view it. */
    boolean canViewPage(String userKey, long pageId);
}
