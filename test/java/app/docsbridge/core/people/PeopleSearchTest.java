package app.docsbridge.core.people;

import app.docsbridge.core.port.EmailVisibility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleSearchTest {

    private final PeopleFixture f = new PeopleFixture();

    private List<String> ids(PeopleSearch.Page page) {
        return page.users().stream().map(PeopleSearch.Entry::id).toList();
    }

    @Test
    void mentionListsWhoMayViewTheFileAndItsPageButNotTheAskerNorPeopleWithoutAccess() throws Exception {
        PeopleSearch.Page page = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "", 0, 20);
        assertEquals(List.of("key-bob", "key-carol"), ids(page));
        assertEquals(2, page.total());
        assertTrue(page.complete());
        PeopleSearch.Entry bob = page.users().get(0);
        assertEquals("Bob Baker", bob.name());
        assertEquals("bob@example.com", bob.email());
    }

    @Test
    void viewingTheFileIsNotEnoughWithoutThePage() throws Exception {
        f.pageViewers.remove("key-carol:" + f.file.pageId());
        assertEquals(List.of("key-bob"), ids(f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, null, 0, 20)));
    }

    @Test
    void protectListsOnlyPeopleWhoMayEditTheFileTheAskerIncluded() throws Exception {
        f.app.permissions.allowEdit("key-bob", f.file.id());
        assertEquals(List.of("key-alice", "key-bob"),
                ids(f.search.search("key-alice", f.file.id(), UserListPurpose.PROTECT, "", 0, 20)));
    }

    @Test
    void searchMatchesNamesAndAddressesAndPagesThroughTheFilteredList() throws Exception {
        assertEquals(List.of("key-carol"), ids(f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "COLE", 0, 20)));
        assertEquals(List.of("key-bob"), ids(f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "bob@", 0, 20)));
        PeopleSearch.Page second = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "", 1, 1);
        assertEquals(List.of("key-carol"), ids(second));
        assertEquals(2, second.total());
        assertTrue(f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "zzz", 0, 20).users().isEmpty());
    }

    @Test
    void aLargeDirectoryIsScannedInBoundedBatchesAndSaysThereIsMore() throws Exception {
        for (int i = 0; i < 700; i++) {
            String key = String.format("key-u%03d", i);
            f.person(key, String.format("user%03d", i), "User " + i, true, false);
        }
        PeopleSearch.Page page = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "user", 0, 10);
        assertEquals(10, page.users().size());
        assertTrue(page.total() > 10, "the editor is told there is more");
        f.people.searches = 0;
        PeopleSearch.Page deep = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "user", 600, 10);
        assertTrue(f.people.searches <= PeopleSearch.SCAN_LIMIT / PeopleSearch.BATCH, "bounded work per request");
        assertFalse(deep.complete());
        PeopleSearch.Page clamped = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "user", 0, 10_000);
        assertEquals(PeopleSearch.MAX_COUNT, clamped.users().size());
    }

    @Test
    void hiddenAddressesBecomeStandInsThatNameThePersonAndAdministratorsSeeThemAll() throws Exception {
        f.people.visibility(EmailVisibility.PRIVATE);
        PeopleSearch.Entry bob = f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "bob", 0, 5).users().get(0);
        assertEquals("bob@users.confluence.invalid", bob.email());
        assertEquals(List.of(f.people.byKey("key-bob").orElseThrow()),
                MentionAddresses.resolve(bob.email(), f.people));
        f.people.visibility(EmailVisibility.MASKED);
        assertEquals("bob@users.confluence.invalid",
                f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "bob", 0, 5).users().get(0).email());
        f.people.administrator("key-alice");
        assertEquals("bob@example.com",
                f.search.search("key-alice", f.file.id(), UserListPurpose.MENTION, "bob", 0, 5).users().get(0).email());
    }

    @Test
    void loginNamesThatAreNoAddressUseTheKey() {
        f.people.add("key 7/x", "Jane Doe", "Jane", null);
        String standIn = MentionAddresses.standIn(f.people.byUsername("Jane Doe").orElseThrow());
        assertEquals("key.key 7/x@users.confluence.invalid", standIn);
        assertEquals("Jane Doe", MentionAddresses.resolve(standIn, f.people).get(0).username());
        assertTrue(MentionAddresses.resolve("nobody@users.confluence.invalid", f.people).isEmpty());
        assertTrue(MentionAddresses.resolve("not an address", f.people).isEmpty());
        assertTrue(MentionAddresses.resolve("@example.com", f.people).isEmpty());
    }

    @Test
    void infoNamesKnownUsersWhoMayViewInTheOrderAsked() throws Exception {
        f.app.users.setAvatar("key-bob", "/confluence/images/bob.png");
        List<PeopleSearch.Entry> found = f.search.info("key-alice", f.file.id(),
                List.of("key-bob", "key-dave", "unknown", "key-alice", "key-bob"));
        assertEquals(List.of("key-bob", "key-alice"), found.stream().map(PeopleSearch.Entry::id).toList());
        assertEquals("https://wiki.example.com/confluence/images/bob.png", found.get(0).image(),
                "pictures are absolute: the editor shows them from the Docs server's origin");
    }

    @Test
    void anonymousVisitorsAndPeopleWhoMayNotSeeTheFileAreRefused() {
        PeopleException anonymous = assertThrows(PeopleException.class,
                () -> f.search.search(null, f.file.id(), UserListPurpose.MENTION, "", 0, 5));
        assertEquals(PeopleException.Reason.LOGIN_REQUIRED, anonymous.reason());
        PeopleException dave = assertThrows(PeopleException.class,
                () -> f.search.search("key-dave", f.file.id(), UserListPurpose.MENTION, "", 0, 5));
        assertEquals(PeopleException.Reason.NOT_FOUND, dave.reason());
        PeopleException missing = assertThrows(PeopleException.class,
                () -> f.search.info("key-alice", 999_999, List.of("key-bob")));
        assertEquals(PeopleException.Reason.NOT_FOUND, missing.reason());
    }
}
