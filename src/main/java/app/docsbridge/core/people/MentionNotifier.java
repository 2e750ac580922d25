package app.docsbridge.core.people;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Person;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code onRequestSendNotify} (../shared/reference/docs-api.md §2.4): the people a comment mentions get an e-mail
 * through Confluence's mail server, in their own language, quoting the comment and linking to the editor opened at
 * it ({@code actionLink}). Only Confluence users who may view the file and its page are mailed, at the address
 * Confluence has for them (never at an address the browser sent); everyone else is skipped without telling the
 * sender who (that would reveal who may see the page), and counted in the log. Without a mail server the mention
 * stays in the document, nobody is mailed, and the administrator is told on the Configure page.
 */
public class MentionNotifier {

    private static final Logger LOG = Logger.getLogger(MentionNotifier.class.getName());
    /** Most addresses one comment may notify. */
    public static final int MAX_RECIPIENTS = 50;
    /** Longest action link kept in the mail's link (the editor's are a few dozen characters). */
    public static final int MAX_ACTION_LINK = 2000;
    /** Longest comment accepted. */
    public static final int MAX_MESSAGE = 100_000;
    static final String EDITOR_PATH = "/plugins/servlet/onlyoffice/doceditor";

    /**
     * What happened: {@code notified} people mailed, {@code skipped} addresses not mailed; {@code noMailServer} when
     * Confluence has no outgoing mail server (whoever was mentioned).
     */
    public record Result(int notified, int skipped, boolean noMailServer) {
    }

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final ContentDirectory pages;
    private final PeopleDirectory directory;
    private final Users users;
    private final MailServer mail;
    private final Messages messages;
    private final HostUrls hostUrls;
    private final MentionMailStatus status;

    public MentionNotifier(AttachmentStore attachments, Permissions permissions, ContentDirectory pages,
                           PeopleDirectory directory, Users users, MailServer mail, Messages messages,
                           HostUrls hostUrls, MentionMailStatus status) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.pages = pages;
        this.directory = directory;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.hostUrls = hostUrls;
        this.status = status;
    }

    /**
     * Notifies the people behind {@code emails} of a comment by {@code senderKey} on the attachment. The caller has
     * checked the input's shape (sizes and types); {@code actionLink} may be null.
     */
    public Result notify(String senderKey, long attachmentId, String message, List<String> emails,
                         Map<String, Object> actionLink) throws PeopleException {
        if (senderKey == null) {
            throw new PeopleException(PeopleException.Reason.LOGIN_REQUIRED);
        }
        StoredAttachment file = attachments.find(attachmentId)
                .filter(a -> maySee(senderKey, a))
                .orElseThrow(() -> new PeopleException(PeopleException.Reason.NOT_FOUND));
        String senderName = users.byKey(senderKey).map(AppUser::displayName).orElse(senderKey);

        Map<String, Person> recipients = new LinkedHashMap<>();
        Set<String> addresses = new LinkedHashSet<>(emails.subList(0, Math.min(emails.size(), MAX_RECIPIENTS)));
        int skipped = Math.max(0, emails.size() - MAX_RECIPIENTS);
        for (String address : addresses) {
            List<Person> people = MentionAddresses.resolve(address, directory).stream()
                    .filter(p -> !p.key().equals(senderKey))
                    .filter(p -> p.email() != null && !p.email().isBlank())
                    .filter(p -> maySee(p.key(), file))
                    .toList();
            if (people.isEmpty()) {
                skipped++;
            }
            people.forEach(p -> recipients.putIfAbsent(p.key(), p));
        }
        // Whether mail can go out is answered the same way whoever was mentioned, so the answer tells nothing about
        // who may see the file.
        boolean configured = mail.isConfigured();
        if (recipients.isEmpty()) {
            LOG.info(() -> "mention on attachment " + attachmentId + ": nobody to notify, " + addresses.size()
                    + " address(es) skipped (unknown, without access or without e-mail)");
            return new Result(0, skipped, !configured);
        }
        if (!configured) {
            status.recordUnsent();
            LOG.warning(() -> "mention on attachment " + attachmentId + ": " + recipients.size()
                    + " person(s) not notified, Confluence has no outgoing mail server");
            return new Result(0, skipped + recipients.size(), true);
        }
        String link = link(attachmentId, actionLink);
        int sent = 0;
        for (Person person : recipients.values()) {
            try {
                mail.send(MentionMail.render(messages, users.locale(person.key()), person.email(), senderName,
                        file.fileName(), message, link));
                sent++;
            } catch (RuntimeException e) {
                skipped++;
                LOG.log(Level.WARNING, "mention on attachment " + attachmentId + ": could not hand the mail for user "
                        + person.key() + " to the mail server", e);
            }
        }
        if (sent > 0) {
            status.mailSent();
        }
        int mailed = sent;
        int notMailed = skipped;
        LOG.info(() -> "mention on attachment " + attachmentId + ": " + mailed + " notified, " + notMailed
                + " skipped (unknown, without access, without e-mail or failed)");
        return new Result(sent, skipped, false);
    }

    /** Viewing the file needs the page too: both are checked, as Confluence checks an attachment by its page. */
    private boolean maySee(String userKey, StoredAttachment file) {
        return permissions.canView(userKey, file.id()) && pages.canViewPage(userKey, file.pageId());
    }

    /** The editor page opened at the comment: {@code &actionLink=<JSON>} is read into {@code editorConfig.actionLink}. */
    String link(long attachmentId, Map<String, Object> actionLink) {
        String url = hostUrls.baseUrl() + EDITOR_PATH + "?attachmentId=" + attachmentId;
        if (actionLink != null && !actionLink.isEmpty()) {
            String json = Json.write(actionLink);
            if (json.length() <= MAX_ACTION_LINK) {
                url += "&actionLink=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
            }
        }
        return url;
    }
}
