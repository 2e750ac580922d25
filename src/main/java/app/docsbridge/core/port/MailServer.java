package app.docsbridge.core.port;

/** Confluence's outgoing mail server. */
public interface MailServer {

    /** Whether an administrator configured an SMTP server (Administration → Mail servers). */
    boolean isConfigured();

    /**
     * Hands the mail to the product for delivery (it may be sent later, on another thread).
     *
     * @throws IllegalStateException when no mail server is configured
     */
    void send(OutgoingMail mail);
}
