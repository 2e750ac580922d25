package app.docsbridge.core.recovery;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.ClusterLocks;
import app.docsbridge.core.port.SettingsStore;
import app.docsbridge.core.port.TimeSource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves that did not go as planned, newest first, for the administrator's Configure page: a result refused (wrong
 * format, too large) that the Docs server keeps as a "forgotten" file, a failure it will retry, an older delivery
 * that arrived after a newer one. Kept in the product's shared settings (every node sees the same list), one entry
 * per document key, at most {@link #LIMIT} entries.
 */
public class SaveProblems {

    private static final Logger LOG = Logger.getLogger(SaveProblems.class.getName());
    static final String STORE_KEY = "internal.saveProblems";
    static final int LIMIT = 30;
    private static final int MAX_TEXT = 300;

    /** What happens next, as the administrator needs to know it. */
    public enum Outcome {
        /** A passing failure: the Docs server tries again (and keeps the file as forgotten if it never succeeds). */
        RETRY,
        /** Refused for good: the Docs server keeps the file as a forgotten file, recoverable on this page. */
        KEPT_BY_DOCS,
        /** A forcesave was not stored; the editing session goes on and its final save carries the changes. */
        SESSION_CONTINUES,
        /** An older delivery arrived after a newer save of the same session, which already holds its changes. */
        SUPERSEDED
    }

    /** One entry; {@code at} is ISO-8601; {@code reason} is the English detail of {@code why}. */
    public record Problem(String at, String key, long attachmentId, String fileName, String userKey, String lastSave,
                          Outcome outcome, String reason, ProblemReason why) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at", at);
            json.put("key", key);
            json.put("attachmentId", attachmentId);
            json.put("fileName", fileName);
            json.put("userKey", userKey);
            json.put("lastSave", lastSave);
            json.put("outcome", outcome.name());
            json.put("reason", reason);
            json.put("why", why.code());
            return json;
        }

        static Optional<Problem> fromJson(Object raw) {
            if (!(raw instanceof Map<?, ?> m) || !(m.get("key") instanceof String key)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Problem(text(m.get("at")), key,
                        m.get("attachmentId") instanceof Number n ? n.longValue() : 0, text(m.get("fileName")),
                        text(m.get("userKey")), text(m.get("lastSave")), Outcome.valueOf(text(m.get("outcome"))),
                        text(m.get("reason")), ProblemReason.fromCode(text(m.get("why")))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final SettingsStore store;
    private final ClusterLocks locks;
    private final TimeSource time;

    public SaveProblems(SettingsStore store, ClusterLocks locks, TimeSource time) {
        this.store = store;
        this.locks = locks;
        this.time = time;
    }

    public List<Problem> list() {
        String raw = store.read().get(STORE_KEY);
        List<Problem> problems = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return problems;
        }
        try {
            Object list = Json.mapper().readValue(raw, Object.class);
            if (list instanceof List<?> items) {
                items.forEach(item -> Problem.fromJson(item).ifPresent(problems::add));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the list of save problems is unreadable; starting a new one", e);
        }
        return problems;
    }

    public Optional<Problem> forKey(String key) {
        return list().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Records a problem whose cause is not classified (shown as "other"). */
    public void record(String key, long attachmentId, String fileName, String userKey, String lastSave,
                       Outcome outcome, String reason) {
        record(key, attachmentId, fileName, userKey, lastSave, outcome, ProblemReason.OTHER, reason);
    }

    /** Records a problem (replacing an earlier one of the same key). Never fails the caller: this is a report. */
    public void record(String key, long attachmentId, String fileName, String userKey, String lastSave,
                       Outcome outcome, ProblemReason why, String detail) {
        Problem problem = new Problem(time.now().toString(), key, attachmentId, clip(fileName), userKey,
                clip(lastSave), outcome, clip(detail), why);
        update(list -> {
            list.removeIf(p -> p.key().equals(key));
            list.add(0, problem);
        });
    }

    /** A retried save succeeded: its "will retry" entry is history. Writes only when there is one. */
    public void retrySucceeded(String key) {
        if (forKey(key).filter(p -> p.outcome() == Outcome.RETRY).isPresent()) {
            update(list -> list.removeIf(p -> p.key().equals(key) && p.outcome() == Outcome.RETRY));
        }
    }

    /** Forgets the entry of a key (its file was stored or discarded). */
    public void clear(String key) {
        update(list -> list.removeIf(p -> p.key().equals(key)));
    }

    private void update(java.util.function.Consumer<List<Problem>> change) {
        try {
            locks.withLock("app.docsbridge.saveProblems", Duration.ofSeconds(5), () -> {
                List<Problem> list = list();
                change.accept(list);
                List<Map<String, Object>> json = list.stream().limit(LIMIT).map(Problem::toJson).toList();
                store.write(Map.of(STORE_KEY, Json.write(json)));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a save problem", e);
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT) + "…";
    }
}
