package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.OutgoingMail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev host's outgoing mail server: every mail the app sends lands in an outbox the test API lists
 * ({@code /devhost/api/mail}). A switch simulates a Confluence without a mail server, where sending fails as the
 * real adapter does.
 */
public final class MemoryMailServer implements MailServer {

    /** A mail as delivered, with the sender address Confluence's server would add. */
    public record SentMail(String from, String to, String subject, String text, String html, Instant time) {
    }

    static final String FROM = "confluence@devhost.example.com";
    private static final int LIMIT = 500;

    private final Clock clock;
    private final List<SentMail> outbox = new ArrayList<>();
    private volatile boolean configured = true;

    public MemoryMailServer(Clock clock) {
        this.clock = clock;
    }

    public void setConfigured(boolean configured) {
        this.configured = configured;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public synchronized void send(OutgoingMail mail) {
        if (!configured) {
            throw new IllegalStateException("no outgoing mail server is configured");
        }
        if (mail.to() == null || !mail.to().contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: " + mail.to());
        }
        if (outbox.size() >= LIMIT) {
            outbox.remove(0);
        }
        outbox.add(new SentMail(FROM, mail.to(), mail.subject(), mail.text(), mail.html(), clock.instant()));
    }

    public synchronized List<SentMail> outbox() {
        return List.copyOf(outbox);
    }

    public synchronized void clear() {
        outbox.clear();
    }

    /** As after a start: an empty outbox and a configured server. */
    public void reset() {
        clear();
        configured = true;
    }
}
