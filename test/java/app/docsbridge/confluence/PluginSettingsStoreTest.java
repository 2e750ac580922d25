package app.docsbridge.confluence;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginSettingsStoreTest {

    private final Map<String, Object> stored = new HashMap<>();
    private final Fakes.Transactions transactions = new Fakes.Transactions();
    private final Fakes.Locks locks = new Fakes.Locks();
    private final PluginSettings settings = new PluginSettings() {
        @Override
        public Object get(String key) {
            return stored.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            assertTrue(transactions.active, "written outside a transaction");
            assertTrue(locks.isHeld(PluginSettingsStore.LOCK), "written without the cluster lock");
            return stored.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return stored.remove(key);
        }
    };
    private final PluginSettingsStore store = new PluginSettingsStore(() -> settings, transactions, locks);

    @Test
    void read_shouldBeEmptyBeforeAnyWrite() {
        assertEquals(Map.of(), store.read());
    }

    @Test
    void write_shouldRoundTripUnderOneKey() {
        store.write(Map.of("docsUrl", "https://docs.example.com/", "jwtSecret", "s3cret \"quoted\""));

        assertEquals(Map.of("docsUrl", "https://docs.example.com/", "jwtSecret", "s3cret \"quoted\""), store.read());
        assertEquals(List.of(PluginSettingsStore.KEY), List.copyOf(stored.keySet()));
        assertEquals(List.of("lock " + PluginSettingsStore.LOCK, "unlock " + PluginSettingsStore.LOCK), locks.events);
    }

    @Test
    void write_shouldMergeAndRemoveNullValues() {
        store.write(Map.of("a", "1", "b", "2"));
        Map<String, String> change = new HashMap<>();
        change.put("b", null);
        change.put("c", "3");

        store.write(change);

        assertEquals(Map.of("a", "1", "c", "3"), store.read());
    }

    @Test
    void write_shouldReleaseLockWhenStoringFails() {
        PluginSettingsStore failing = new PluginSettingsStore(() -> {
            throw new IllegalStateException("database down");
        }, transactions, locks);

        assertThrows(IllegalStateException.class, () -> failing.write(Map.of("a", "1")));
        assertEquals(0, locks.held.get(PluginSettingsStore.LOCK));
    }

    @Test
    void read_shouldFailLoudlyOnDamagedValue() {
        stored.put(PluginSettingsStore.KEY, "not json");

        assertThrows(IllegalStateException.class, store::read);
    }
}
