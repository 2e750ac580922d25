package app.docsbridge.core.callback;

import app.docsbridge.core.activity.Contributors;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Users;

import java.util.List;
import java.util.Locale;

/**
 * The comments the app writes on the attachment versions it stores (saves, recoveries, restores, conversions), in the site's default language (i18n keys
 * {@code docsbridge.version.comment*}): a comment is stored once and read by everybody who opens the attachment's
 * history, so it follows the site, as Confluence's own stored texts do, not the language of whoever happened to
 * close the editor last (decisions/0011). Names and version numbers are never run through number formatting.
 */
public final class VersionComments {

    /** Largest version numbers a note is sized for when callers reserve room for it. */
    private static final int WIDEST_VERSION = 999_999;

    private final Messages messages;
    private final Users users;

    public VersionComments(Messages messages, Users users) {
        this.messages = messages;
        this.users = users;
    }

    /** The site's default language: {@link Users#locale} of nobody. */
    public Locale language() {
        return users.locale(null);
    }

    /** "Edited in ONLYOFFICE by Alice Able and Bob Baker", within {@code room} characters. */
    public String edited(List<String> userKeys, int room) {
        return Contributors.comment(Contributors.Wording.of(messages, language()), userKeys, users, room);
    }

    /** For a file stored from the Docs server's forgotten files. */
    public String recovered() {
        return messages.text(language(), "docsbridge.version.comment.recovered");
    }

    /** For a version restored from the history ("Restored from version 3"). */
    public String restored(int version) {
        return Contributors.truncate(messages.text(language(), "docsbridge.version.comment.restored",
                String.valueOf(version)), Contributors.MAX_COMMENT);
    }

    /** For a conversion result stored again because its source changed. */
    public String convertedAgain(String sourceName, int sourceVersion) {
        return Contributors.truncate(messages.text(language(), "docsbridge.version.comment.convertedAgain", sourceName,
                String.valueOf(sourceVersion)), Contributors.MAX_COMMENT);
    }

    /** {@code comment} plus the note that the session started from {@code basedOn} and {@code latest} came meanwhile. */
    public String savedMeanwhile(String comment, int basedOn, int latest) {
        return messages.text(language(), "docsbridge.version.comment.meanwhile", comment, String.valueOf(basedOn),
                String.valueOf(latest));
    }

    /** Characters the "saved meanwhile" note adds at most: callers keep their comment within 255 minus this. */
    public int meanwhileRoom() {
        return savedMeanwhile("", WIDEST_VERSION, WIDEST_VERSION).length();
    }
}
