package app.docsbridge.core.people;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.core.port.OutgoingMail;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionNotifierTest {

    private static final Map<String, Object> LINK = Map.of("action", Map.of("type", "comment", "data", "1_42"));
    private final PeopleFixture f = new PeopleFixture();

    @Test
    void mentionedViewersGetOneMailEachInTheirLanguageAtTheirConfluenceAddress() throws Exception {
        f.app.users.setLocale("key-bob", Locale.GERMANY);
        MentionNotifier.Result result = f.notifier.notify("key-alice", f.file.id(), "+bob@example.com Look",
                List.of("BOB@example.com", "carol@example.com", "carol@example.com"), LINK);
        assertEquals(new MentionNotifier.Result(2, 0, false), result);
        List<OutgoingMail> sent = f.app.mail.sent;
        assertEquals(List.of("bob@example.com", "carol@example.com"), sent.stream().map(OutgoingMail::to).toList());
        assertEquals("Alice Able hat Sie in Plan <Q3>.docx erwähnt", sent.get(0).subject());
        assertEquals("Alice Able mentioned you in Plan <Q3>.docx", sent.get(1).subject());
    }

    @Test
    void theMailQuotesTheCommentEscapedInHtmlWithAPlainTextAlternativeAndTheLinkToTheComment() throws Exception {
        f.notifier.notify("key-alice", f.file.id(), "<script>alert(1)</script> & \"q\"\nline 2", List.of("bob@example.com"), LINK);
        OutgoingMail mail = f.app.mail.sent.get(0);
        assertTrue(mail.text().contains("> <script>alert(1)</script> & \"q\"\n> line 2\n"), mail.text());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;<br>line 2"), mail.html());
        assertTrue(mail.html().contains("Alice Able mentioned you in a comment on Plan &lt;Q3&gt;.docx:"));
        assertFalse(mail.html().contains("<script>"));
        assertFalse(mail.html().contains("<Q3>"));
        String link = "https://wiki.example.com/confluence/plugins/servlet/onlyoffice/doceditor?attachmentId=" + f.file.id()
                + "&actionLink=";
        assertTrue(mail.text().contains("Open the comment: " + link), mail.text());
        assertTrue(mail.html().contains("href=\"" + link.replace("&", "&amp;")), mail.html());
        String encoded = mail.text().substring(mail.text().indexOf("&actionLink=") + 12).split("\n")[0];
        assertEquals(LINK, app.docsbridge.core.json.Json.readObject(URLDecoder.decode(encoded, StandardCharsets.UTF_8)));
    }

    @Test
    void aLongCommentIsQuotedInPartAndALinkWithoutActionLinkOpensTheFile() throws Exception {
        String longComment = "x".repeat(MentionMail.MAX_QUOTE + 500);
        f.notifier.notify("key-alice", f.file.id(), longComment, List.of("bob@example.com"), null);
        OutgoingMail mail = f.app.mail.sent.get(0);
        assertTrue(mail.text().contains("x".repeat(MentionMail.MAX_QUOTE) + "…"));
        assertFalse(mail.text().contains("x".repeat(MentionMail.MAX_QUOTE + 1)));
        assertTrue(mail.text().contains("doceditor?attachmentId=" + f.file.id() + "\n"));
    }

    @Test
    void peopleWhoMayNotViewUnknownAddressesAndTheSenderAreSkippedSilently() throws Exception {
        f.pageViewers.remove("key-carol:" + f.file.pageId());
        MentionNotifier.Result result = f.notifier.notify("key-alice", f.file.id(), "hi",
                List.of("dave@example.com", "carol@example.com", "stranger@example.org", "alice@example.com"), LINK);
        assertEquals(new MentionNotifier.Result(0, 4, false), result);
        assertTrue(f.app.mail.sent.isEmpty());
    }

    @Test
    void standInAddressesReachThePersonAtTheirRealAddress() throws Exception {
        f.people.visibility(EmailVisibility.PRIVATE);
        f.notifier.notify("key-alice", f.file.id(), "hi", List.of("bob@users.confluence.invalid"), LINK);
        assertEquals("bob@example.com", f.app.mail.sent.get(0).to());
    }

    @Test
    void withoutAMailServerNobodyIsMailedAndTheAdministratorsReportCountsIt() throws Exception {
        f.app.mail.configured(false);
        MentionNotifier.Result result = f.notifier.notify("key-alice", f.file.id(), "hi", List.of("bob@example.com"), LINK);
        assertEquals(new MentionNotifier.Result(0, 1, true), result);
        f.notifier.notify("key-alice", f.file.id(), "again", List.of("bob@example.com", "carol@example.com"), LINK);
        MentionMailStatus.Unsent unsent = f.app.mentionMail.unsent().orElseThrow();
        assertEquals(2, unsent.mentions());
        // Whoever is mentioned, the answer about the mail server is the same.
        assertTrue(f.notifier.notify("key-alice", f.file.id(), "x", List.of("dave@example.com"), LINK).noMailServer());

        f.app.mail.configured(true);
        f.notifier.notify("key-alice", f.file.id(), "now", List.of("bob@example.com"), LINK);
        assertTrue(f.app.mentionMail.unsent().isEmpty(), "mail goes out again: the report is history");
    }

    @Test
    void aMailServerFailureForOneRecipientLeavesTheOthersMailed() throws Exception {
        f.app.mail.failWith(new IllegalStateException("queue full"));
        MentionNotifier.Result result = f.notifier.notify("key-alice", f.file.id(), "hi", List.of("bob@example.com"), LINK);
        assertEquals(new MentionNotifier.Result(0, 1, false), result);
        f.app.mail.failWith(null);
        assertEquals(1, f.notifier.notify("key-alice", f.file.id(), "hi", List.of("bob@example.com"), LINK).notified());
    }

    @Test
    void atMostFiftyAddressesAreLookedAt() throws Exception {
        List<String> many = new ArrayList<>(Collections.nCopies(MentionNotifier.MAX_RECIPIENTS, "nobody@example.org"));
        many.add("bob@example.com");
        MentionNotifier.Result result = f.notifier.notify("key-alice", f.file.id(), "hi", many, LINK);
        assertEquals(0, result.notified());
        assertTrue(f.app.mail.sent.isEmpty());
    }

    @Test
    void theSenderMustBeSignedInAndSeeTheFile() {
        assertEquals(PeopleException.Reason.LOGIN_REQUIRED, assertThrows(PeopleException.class,
                () -> f.notifier.notify(null, f.file.id(), "hi", List.of("bob@example.com"), LINK)).reason());
        assertEquals(PeopleException.Reason.NOT_FOUND, assertThrows(PeopleException.class,
                () -> f.notifier.notify("key-dave", f.file.id(), "hi", List.of("bob@example.com"), LINK)).reason());
        assertEquals(PeopleException.Reason.NOT_FOUND, assertThrows(PeopleException.class,
                () -> f.notifier.notify("key-alice", 424242, "hi", List.of("bob@example.com"), LINK)).reason());
        assertTrue(f.app.mail.sent.isEmpty());
    }
}
