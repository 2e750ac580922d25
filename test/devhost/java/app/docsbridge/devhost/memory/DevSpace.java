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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one space, DEV, with its pages and blog post; anonymous viewing is off until a test turns it on. Tests can also
 * start new pages: drafts, which Confluence keeps as pages with draft status (reachable by id, permission-checked
 * like pages by Confluence 8.7.2's PagePermissionsDelegate) but leaves out of page lists, search and title lookups.
 */
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
    /**
     * Drafts of new pages, by id. Confluence draws page and attachment ids from one sequence, so no draft id is ever
     * an attachment's: drafts start at {@link #FIRST_DRAFT_ID}, far above the attachments' 2001 onwards, and code that
     * mixed the two kinds of id would find nothing.
     */
    private final Map<Long, DevPage> drafts = new ConcurrentHashMap<>();
    private static final long FIRST_DRAFT_ID = 900_001;
    private final AtomicLong nextDraftId = new AtomicLong(FIRST_DRAFT_ID);
    private final AtomicBoolean anonymousView = new AtomicBoolean(false);
    /** Pages with a view restriction that only system administrators pass (like a page restricted to admins). */
    private final Set<Long> restricted = ConcurrentHashMap.newKeySet();
    /** Per user, the pages they viewed, most recent first (Confluence's recently viewed content, CQL recentlyViewedContent). */
    private final Map<String, Deque<Long>> viewed = new ConcurrentHashMap<>();

    public List<DevPage> pages() {
        return pages;
    }

    /** A page, blog post or draft by id, as PageManager.getAbstractPage finds each of them. */
    public Optional<DevPage> page(long id) {
        Optional<DevPage> published = pages.stream().filter(p -> p.id() == id).findFirst();
        return published.isPresent() ? published : Optional.ofNullable(drafts.get(id));
    }

    /** Starts a new page that is not published yet (what Confluence's create-page form does). */
    public DevPage createDraft(String title) {
        DevPage draft = new DevPage(nextDraftId.getAndIncrement(), title);
        drafts.put(draft.id(), draft);
        return draft;
    }

    public boolean isDraft(long id) {
        return drafts.containsKey(id);
    }

    public void forgetDrafts() {
        drafts.clear();
        nextDraftId.set(FIRST_DRAFT_ID);
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
