package app.docsbridge.core.port;

/** One e-mail to one address: a plain-text body and its HTML alternative (already escaped). */
public record OutgoingMail(String to, String subject, String text, String html) {
}
