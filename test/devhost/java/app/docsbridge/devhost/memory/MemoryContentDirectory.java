package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.ContentDirectory;

import java.time.LocalDate;
import java.util.Optional;

/** The DEV space's pages and its blog post, by title; like PageManager, other spaces have nothing. */
public final class MemoryContentDirectory implements ContentDirectory {

    private final DevSpace space;
    private final MemoryPermissions permissions;

    public MemoryContentDirectory(DevSpace space, MemoryPermissions permissions) {
        this.space = space;
        this.permissions = permissions;
    }

    @Override
    public Optional<Long> findPage(String spaceKey, String title) {
        return find(spaceKey, title).filter(id -> !space.isBlogPost(id));
    }

    @Override
    public Optional<Long> findBlogPost(String spaceKey, String title, LocalDate postingDay) {
        return find(spaceKey, title).filter(id -> space.isBlogPost(id) && DevSpace.BLOG_POST_DAY.equals(postingDay));
    }

    @Override
    public boolean canViewPage(String userKey, long pageId) {
        return permissions.canViewPage(userKey, pageId);
    }

    private Optional<Long> find(String spaceKey, String title) {
        if (!DevSpace.KEY.equals(spaceKey)) {
            return Optional.empty();
        }
        return space.pages().stream().filter(p -> p.title().equals(title)).map(DevPage::id).findFirst();
    }
}
