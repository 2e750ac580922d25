package app.docsbridge.devhost.memory;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The one space, DEV, with its two pages; anonymous viewing is off until a test turns it on. */
public final class DevSpace {

    public static final String KEY = "DEV";
    /** The space's database id, as web-item conditions get it under "spaceid". */
    public static final long ID = 98305L;
    public static final String NAME = "Development";
    /** 1003 is a blog post, posted on {@link #BLOG_POST_DAY}; the others are pages. */
    public static final long BLOG_POST_ID = 1003;
    public static final LocalDate BLOG_POST_DAY = LocalDate.of(2026, 11, 2);

    private final List<DevPage> pages = List.of(new DevPage(1001, "Project plan"), new DevPage(1002, "Meeting notes"),
            new DevPage(BLOG_POST_ID, "Release notes"));
    private final AtomicBoolean anonymousView = new AtomicBoolean(false);
    /** Pages with a view restriction that only system administrators pass (like a page restricted to admins). */
    private final Set<Long> restricted = ConcurrentHashMap.newKeySet();
    /** Per user, the pages they viewed, most recent first (Confluence's recently viewed content, CQL recentlyViewedContent). */
    private final Map<String, Deque<Long>> viewed = new ConcurrentHashMap<>();

    public List<DevPage> pages() {
        return pages;
    }

    public Optional<DevPage> page(long id) {
        return pages.stream().filter(p -> p.id() == id).findFirst();
    }

    public boolean isBlogPost(long id) {
        return id == BLOG_POST_ID;
    }

    public Set<Long> restrictedPages() {
        return Set.copyOf(restricted);
    }

    public boolean isRestricted(long pageId) {
        return restricted.contains(pageId);
    }

    public void setRestrictedPages(Set<Long> pageIds) {
        restricted.clear();
        restricted.addAll(pageIds);
    }

    /** Remembers that a signed-in user viewed the page (its view or its attachments). */
    public void recordView(String userKey, long pageId) {
        if (userKey == null) {
            return;
        }
        Deque<Long> pages = viewed.computeIfAbsent(userKey, k -> new ArrayDeque<>());
        synchronized (pages) {
            pages.remove(pageId);
            pages.addFirst(pageId);
        }
    }

    /** The user's viewed pages, most recent first. */
    public List<Long> recentlyViewed(String userKey) {
        Deque<Long> pages = userKey == null ? null : viewed.get(userKey);
        if (pages == null) {
            return List.of();
        }
        synchronized (pages) {
            return List.copyOf(pages);
        }
    }

    public void forgetViews() {
        viewed.clear();
    }

    public boolean anonymousView() {
        return anonymousView.get();
    }

    public void setAnonymousView(boolean allowed) {
        anonymousView.set(allowed);
    }
}
