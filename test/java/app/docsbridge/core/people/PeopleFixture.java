package app.docsbridge.core.people;

import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.testing.MemoryPeopleDirectory;
import app.docsbridge.testing.PageVisibility;
import app.docsbridge.testing.PropertiesMessages;
import app.docsbridge.testing.TestApp;

import java.util.HashSet;
import java.util.Set;

/** Alice (who mentions), Bob and Carol (who may view), Dave (who may not) around one file on page 7. */
public final class PeopleFixture {

    public final TestApp app = new TestApp();
    public final MemoryPeopleDirectory people = new MemoryPeopleDirectory();
    /** Pages each user may view, as user-key:page-id. */
    public final Set<String> pageViewers = new HashSet<>();
    public final ContentDirectory pages =
            new PageVisibility((userKey, pageId) -> pageViewers.contains(userKey + ":" + pageId));
    public final StoredAttachment file;
    public final PeopleSearch search;
    public final MentionNotifier notifier;

    public PeopleFixture() {
        file = app.attachments.add(7, "Plan <Q3>.docx", new byte[] {1}, "key-alice");
        person("key-alice", "alice", "Alice Able", true, true);
        person("key-bob", "bob", "Bob Baker", true, false);
        person("key-carol", "carol", "Carol Cole", true, false);
        person("key-dave", "dave", "Dave Dunn", false, false);
        search = new PeopleSearch(people, app.attachments, app.permissions, pages, app.users, app.hostUrls);
        notifier = new MentionNotifier(app.attachments, app.permissions, pages, people, app.users, app.mail,
                new PropertiesMessages(), app.hostUrls, app.mentionMail);
    }

    public void person(String key, String username, String name, boolean views, boolean edits) {
        people.add(key, username, name, username + "@example.com");
        app.users.add(key, username, name);
        if (views) {
            app.permissions.allowView(key, file.id());
            pageViewers.add(key + ":" + file.pageId());
        }
        if (edits) {
            app.permissions.allowEdit(key, file.id());
        }
    }
}
