package app.docsbridge.devhost.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Constructor autowiring by type, like the plugin framework's Spring context: each component has one public
 * constructor whose parameters are other components. Components are singletons, created on first need.
 */
public final class Autowirer {

    /** A registered component: either a ready instance or a class still to construct. */
    private static final class Entry {
        final String key;
        final Class<?> type;
        Object instance;

        Entry(String key, Class<?> type, Object instance) {
            this.key = key;
            this.type = type;
            this.instance = instance;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> creating = new LinkedHashSet<>();

    /** Registers a ready instance (the in-memory stand-ins for Confluence adapters). */
    public void registerInstance(String key, Object instance) {
        add(new Entry(key, instance.getClass(), instance));
    }

    /** Registers a class to construct when first needed. */
    public void registerClass(String key, Class<?> type) {
        add(new Entry(key, type, null));
    }

    private void add(Entry entry) {
        if (entries.putIfAbsent(entry.key, entry) != null) {
            throw new WiringException("duplicate component key \"" + entry.key + "\"");
        }
    }

    /**
     * Creates every registered component now, as the plugin framework does when the plugin is enabled. A component
     * that fails is removed and handed to {@code onFailure}, so that its dependents fail too instead of half-working.
     */
    public void instantiateAll(BiConsumer<String, Throwable> onFailure) {
        for (Entry entry : new ArrayList<>(entries.values())) {
            if (!entries.containsKey(entry.key)) {
                continue;
            }
            try {
                instance(entry);
            } catch (RuntimeException | LinkageError e) {
                entries.remove(entry.key);
                onFailure.accept(entry.key, e);
            }
        }
    }

    /** The single component assignable to {@code type}. */
    public <T> T get(Class<T> type) {
        List<Entry> matches = entries.values().stream().filter(e -> type.isAssignableFrom(e.type)).toList();
        if (matches.isEmpty()) {
            throw new WiringException("no component of type " + type.getName());
        }
        if (matches.size() > 1) {
            throw new WiringException("several components of type " + type.getName() + ": "
                    + matches.stream().map(e -> e.key).toList());
        }
        return type.cast(instance(matches.get(0)));
    }

    /** A new, unregistered object (servlet, condition) built from the components. */
    public <T> T create(Class<T> type) {
        Constructor<?> constructor = singlePublicConstructor(type);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            try {
                args[i] = get(parameters[i]);
            } catch (WiringException e) {
                throw new WiringException("cannot construct " + type.getName() + ": " + e.getMessage(), e);
            }
        }
        try {
            return type.cast(constructor.newInstance(args));
        } catch (InvocationTargetException e) {
            throw new WiringException("constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new WiringException("cannot construct " + type.getName() + ": " + e, e);
        }
    }

    private Object instance(Entry entry) {
        if (entry.instance == null) {
            if (!creating.add(entry.key)) {
                throw new WiringException("circular dependency: " + String.join(" -> ", creating) + " -> " + entry.key);
            }
            try {
                entry.instance = create(entry.type);
            } finally {
                creating.remove(entry.key);
            }
        }
        return entry.instance;
    }

    private static Constructor<?> singlePublicConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new WiringException(type.getName() + " must have exactly one public constructor, has "
                    + constructors.length);
        }
        return constructors[0];
    }
}
