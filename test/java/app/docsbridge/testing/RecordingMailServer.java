package app.docsbridge.testing;

import app.docsbridge.core.port.MailServer;
import app.docsbridge.core.port.OutgoingMail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link MailServer} that keeps what it is given; switched off, it refuses as the real one does. */
public final class RecordingMailServer implements MailServer {

    public final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
    private volatile boolean configured = true;
    private volatile RuntimeException failure;

    public RecordingMailServer configured(boolean configured) {
        this.configured = configured;
        return this;
    }

    /** The next sends throw this (null: they succeed). */
    public RecordingMailServer failWith(RuntimeException failure) {
        this.failure = failure;
        return this;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (!configured) {
            throw new IllegalStateException("no outgoing mail server is configured");
        }
        if (failure != null) {
            throw failure;
        }
        sent.add(mail);
    }
}
