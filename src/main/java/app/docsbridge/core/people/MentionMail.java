package app.docsbridge.core.people;

import app.docsbridge.core.Html;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.OutgoingMail;

import java.util.Locale;

/**
 * The e-mail that tells someone they were mentioned in a comment, in the recipient's language: the comment quoted and
 * a link that opens the editor at the comment. Every text is escaped for the HTML part after formatting (names, file
 * names and comments are user input); the plain-text part says the same for mail readers without HTML.
 */
final class MentionMail {

    /** Longest comment quoted; the editor's comments are rarely longer, and the link opens the rest. */
    static final int MAX_QUOTE = 2000;

    private MentionMail() {
    }

    static OutgoingMail render(Messages messages, Locale locale, String to, String senderName, String fileName,
                               String comment, String link) {
        String quote = clip(comment == null ? "" : comment.strip());
        String subject = oneLine(messages.text(locale, "docsbridge.mention.mail.subject", senderName, fileName));
        String intro = messages.text(locale, "docsbridge.mention.mail.intro", senderName, fileName);
        String open = messages.text(locale, "docsbridge.mention.mail.open");
        String why = messages.text(locale, "docsbridge.mention.mail.why");

        StringBuilder text = new StringBuilder();
        text.append(intro).append("\n\n");
        for (String line : quote.split("\r?\n", -1)) {
            text.append("> ").append(line).append('\n');
        }
        text.append('\n').append(open).append(": ").append(link).append("\n\n-- \n").append(why).append('\n');

        String lang = Html.escape(locale.toLanguageTag());
        String html = "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>"
                + Html.escape(subject) + "</title></head>\n"
                + "<body style=\"margin:0;padding:24px;background:#f8f8f8;font:14px/1.5 -apple-system,'Segoe UI',"
                + "Roboto,Arial,sans-serif;color:#292a2e\">\n"
                + "<div style=\"max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #dddee1;"
                + "border-radius:8px;padding:24px\">\n"
                + "<p style=\"margin:0 0 16px\">" + Html.escape(intro) + "</p>\n"
                + "<blockquote style=\"margin:0 0 24px;padding:8px 16px;border-left:4px solid #1868db;"
                + "background:#f0f4fb;white-space:pre-wrap\">" + Html.escape(quote).replaceAll("\r?\n", "<br>")
                + "</blockquote>\n"
                + "<p style=\"margin:0 0 24px\"><a href=\"" + Html.escape(link) + "\" style=\"display:inline-block;"
                + "padding:8px 16px;border-radius:4px;background:#1868db;color:#ffffff;text-decoration:none;"
                + "font-weight:600\">" + Html.escape(open) + "</a></p>\n"
                + "<p style=\"margin:0;color:#6b6e76;font-size:12px\">" + Html.escape(why) + "</p>\n"
                + "</div>\n</body></html>\n";
        return new OutgoingMail(to, subject, text.toString(), html);
    }

    private static String clip(String text) {
        if (text.length() <= MAX_QUOTE) {
            return text;
        }
        int end = MAX_QUOTE;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A subject is one header line: no line breaks from a file name or display name. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
