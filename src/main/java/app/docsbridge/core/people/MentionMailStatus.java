package app.docsbridge.core.people;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.TimeSource;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mentions that could not be e-mailed because Confluence has no outgoing mail server, for the administrator's
 * Configure page: how many and when the last one was. Kept in the product's shared settings (every node sees it);
 * the first mail sent after a server is configured clears it.
 */
public class MentionMailStatus {

    private static final Logger LOG = Logger.getLogger(MentionMailStatus.class.getName());
    static final String STORE_KEY = "internal.mentionMail";

    /** Mentions not mailed since {@code since}, the last at {@code last} (ISO-8601). */
    public record Unsent(int mentions, String since, String last) {
    }

    private final SettingsStore store;
    private final ClusterLocks locks;
    private final TimeSource time;

    public MentionMailStatus(SettingsStore store, ClusterLocks locks, TimeSource time) {
        this.store = store;
        this.locks = locks;
        this.time = time;
    }

    public Optional<Unsent> unsent() {
        String raw = store.read().get(STORE_KEY);
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, Object> json = Json.readObject(raw);
            if (json.get("mentions") instanceof Number n && n.intValue() > 0 && json.get("since") instanceof String since
                    && json.get("last") instanceof String last) {
                return Optional.of(new Unsent(n.intValue(), since, last));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the record of unsent mention mails is unreadable; starting a new one", e);
        }
        return Optional.empty();
    }

    /** A mention went without mail for want of a mail server. Never fails the caller: this is a report. */
    void recordUnsent() {
        try {
            locks.withLock("app.docsbridge.mentionMail", Duration.ofSeconds(5), () -> {
                String now = time.now().toString();
                Optional<Unsent> before = unsent();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("mentions", before.map(Unsent::mentions).orElse(0) + 1);
                json.put("since", before.map(Unsent::since).orElse(now));
                json.put("last", now);
                store.write(Map.of(STORE_KEY, Json.write(json)));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a mention that went without mail", e);
        }
    }

    /** Mail goes out again: the old report is history. Writes only when there is one. */
    void mailSent() {
        if (store.read().get(STORE_KEY) == null) {
            return;
        }
        try {
            store.write(java.util.Collections.singletonMap(STORE_KEY, null));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not clear the record of unsent mention mails", e);
        }
    }
}
