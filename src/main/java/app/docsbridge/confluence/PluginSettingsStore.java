package app.docsbridge.confluence;

import app.docsbridge.core.json.Json;
import app.docsbridge.core.port.SettingsStore;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * All settings as one JSON object under one global plugin-settings key: PluginSettings cannot list its keys, and
 * one value makes a read consistent. Writes merge under a cluster lock, so that two nodes writing different keys
 * at once do not drop each other's change.
 */
public class PluginSettingsStore implements SettingsStore {

    static final String KEY = "app.docsbridge.settings";
    static final String LOCK = "app.docsbridge.settings-store";

    private final PluginSettingsFactory settingsFactory;
    private final TransactionTemplate transactions;
    private final ClusterLockService lockService;

    public PluginSettingsStore(PluginSettingsFactory settingsFactory, TransactionTemplate transactions,
                               ClusterLockService lockService) {
        this.settingsFactory = settingsFactory;
        this.transactions = transactions;
        this.lockService = lockService;
    }

    @Override
    public Map<String, String> read() {
        return parse(settingsFactory.createGlobalSettings().get(KEY));
    }

    @Override
    public void write(Map<String, String> values) {
        ClusterLock lock = lockService.getLockForName(LOCK);
        lock.lock();
        try {
            transactions.execute(() -> {
                PluginSettings settings = settingsFactory.createGlobalSettings();
                Map<String, String> merged = new TreeMap<>(parse(settings.get(KEY)));
                values.forEach((key, value) -> {
                    if (value == null) {
                        merged.remove(key);
                    } else {
                        merged.put(key, value);
                    }
                });
                settings.put(KEY, Json.write(merged));
                return null;
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * A damaged value fails loudly: treating it as empty would silently replace the instance id and link secret
     * on the next write.
     */
    private static Map<String, String> parse(Object stored) {
        Map<String, String> result = new TreeMap<>();
        if (stored == null) {
            return result;
        }
        if (!(stored instanceof String text)) {
            throw new IllegalStateException(KEY + " holds a " + stored.getClass().getName() + ", not JSON text");
        }
        try {
            Json.readObject(text).forEach((key, value) -> {
                if (value != null) {
                    result.put(key, String.valueOf(value));
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(KEY + " is not a JSON object", e);
        }
        return result;
    }
}
