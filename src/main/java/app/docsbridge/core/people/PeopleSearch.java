package app.docsbridge.core.people;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Person;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The editor's people lists ({@code onRequestUsers} → {@code setUsers}, ../shared/reference/docs-api.md §2.4), always
 * for one attachment the asking user may view, and only ever listing users who may view it (for {@code protect}: edit
 * it), so that nobody learns of people through a file they share no page with. Names and pictures for everyone on
 * the list; the e-mail address only where Confluence would show it to the asking user ({@link MentionAddresses}).
 *
 * <p>Paging filters as it goes: the directory is read in batches and each candidate's permission checked, up to
 * {@link #SCAN_LIMIT} candidates per request, so a large directory costs a bounded amount of work per keystroke.
 */
public class PeopleSearch {

    /** Most users one answer lists. */
    public static final int MAX_COUNT = 50;
    /** Users listed when the editor asks without paging (older Docs versions filter that list themselves). */
    public static final int UNPAGED_COUNT = 50;
    /** Most ids one {@code info} request may name. */
    public static final int MAX_IDS = 100;
    static final int SCAN_LIMIT = 500;
    static final int BATCH = 50;
    private static final int MAX_TEXT = 100;

    /** One user as {@code setUsers} takes it. */
    public record Entry(String id, String name, String email, String image) {
    }

    /**
     * A page of users; {@code total} counts every match found (exact when {@code complete}, a lower bound when the
     * scan stopped early, in which case it is at least one more than the page reaches so the editor asks again).
     */
    public record Page(List<Entry> users, int total, boolean complete) {
    }

    private final PeopleDirectory directory;
    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final ContentDirectory pages;
    private final Users users;
    private final HostUrls hostUrls;

    public PeopleSearch(PeopleDirectory directory, AttachmentStore attachments, Permissions permissions,
                        ContentDirectory pages, Users users, HostUrls hostUrls) {
        this.directory = directory;
        this.attachments = attachments;
        this.permissions = permissions;
        this.pages = pages;
        this.users = users;
        this.hostUrls = hostUrls;
    }

    /**
     * People matching {@code text} who may view (edit, for {@code protect}) the attachment, from {@code from}; the
     * asking user is left out of mention lists (nobody mentions themselves).
     */
    public Page search(String viewerKey, long attachmentId, UserListPurpose purpose, String text, int from, int count)
            throws PeopleException {
        StoredAttachment file = checkViewer(viewerKey, attachmentId);
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_TEXT) {
            query = query.substring(0, MAX_TEXT);
        }
        int wanted = Math.max(0, Math.min(count, MAX_COUNT));
        int skip = Math.max(0, from);
        List<Entry> page = new ArrayList<>();
        int matches = 0;
        int scanned = 0;
        boolean exhausted = false;
        while (scanned < SCAN_LIMIT && matches < skip + wanted + 1) {
            List<Person> batch = directory.search(query, scanned, Math.min(BATCH, SCAN_LIMIT - scanned));
            scanned += batch.size();
            for (Person person : batch) {
                if (!listed(viewerKey, file, purpose, person)) {
                    continue;
                }
                if (matches >= skip && page.size() < wanted) {
                    page.add(entry(viewerKey, person));
                }
                matches++;
            }
            if (batch.size() < BATCH) {
                exhausted = true;
                break;
            }
        }
        return new Page(List.copyOf(page), matches, exhausted);
    }

    /** Names, pictures and addresses for the given user ids (user keys), in the order asked, unknown ones left out. */
    public List<Entry> info(String viewerKey, long attachmentId, List<String> ids) throws PeopleException {
        StoredAttachment file = checkViewer(viewerKey, attachmentId);
        List<Entry> found = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids.subList(0, Math.min(ids.size(), MAX_IDS)))) {
            Optional<Person> person = id == null ? Optional.empty() : directory.byKey(id);
            person.filter(p -> p.key().equals(viewerKey) || maySee(p.key(), file))
                    .ifPresent(p -> found.add(entry(viewerKey, p)));
        }
        return found;
    }

    private StoredAttachment checkViewer(String viewerKey, long attachmentId) throws PeopleException {
        if (viewerKey == null) {
            throw new PeopleException(PeopleException.Reason.LOGIN_REQUIRED);
        }
        return attachments.find(attachmentId).filter(a -> maySee(viewerKey, a))
                .orElseThrow(() -> new PeopleException(PeopleException.Reason.NOT_FOUND));
    }

    private boolean listed(String viewerKey, StoredAttachment file, UserListPurpose purpose, Person person) {
        if (purpose == UserListPurpose.MENTION && person.key().equals(viewerKey)) {
            return false;
        }
        return maySee(person.key(), file)
                && (purpose != UserListPurpose.PROTECT || permissions.canEdit(person.key(), file.id()));
    }

    /** The file and its page: Confluence checks an attachment by its page, and so do we, both. */
    private boolean maySee(String userKey, StoredAttachment file) {
        return permissions.canView(userKey, file.id()) && pages.canViewPage(userKey, file.pageId());
    }

    private Entry entry(String viewerKey, Person person) {
        String name = person.displayName() == null || person.displayName().isBlank()
                ? person.username() : person.displayName();
        return new Entry(person.key(), name, MentionAddresses.shownTo(viewerKey, person, directory),
                users.avatarUrl(person.key()).map(this::absolute).orElse(null));
    }

    /** The Docs server shows pictures from its own origin: a host-relative picture needs this Confluence's origin. */
    private String absolute(String url) {
        if (!url.startsWith("/")) {
            return url;
        }
        URI base = URI.create(hostUrls.baseUrl());
        return base.getScheme() + "://" + base.getRawAuthority() + url;
    }
}
