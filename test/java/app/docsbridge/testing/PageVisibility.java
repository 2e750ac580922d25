package app.docsbridge.testing;

import app.docsbridge.core.port.ContentDirectory;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiPredicate;

/** A {@link ContentDirectory} that finds no page by title; who may view which page is the test's to say. */
public final class PageVisibility implements ContentDirectory {

    private final BiPredicate<String, Long> canView;

    /** {@code canView(userKey, pageId)}; the user key is null for a signed-out visitor. */
    public PageVisibility(BiPredicate<String, Long> canView) {
        this.canView = canView;
    }

    @Override
    public Optional<Long> findPage(String spaceKey, String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Long> findBlogPost(String spaceKey, String title, LocalDate postingDay) {
        return Optional.empty();
    }

    @Override
    public boolean canViewPage(String userKey, long pageId) {
        return canView.test(userKey, pageId);
    }
}
