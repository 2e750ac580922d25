package app.docsbridge.devhost.wiring;

import app.docsbridge.devhost.descriptor.ComponentModule;

import java.util.List;
import java.util.Map;

/**
 * Turns the descriptor's {@code <component>}s into an {@link Autowirer}. Adapters in {@code app.docsbridge.confluence}
 * need a real Confluence, so each is replaced by the dev host's in-memory implementation of its {@code <interface>};
 * every other component is constructed from its class, as in the product.
 */
public final class PluginComponents {

    static final String CONFLUENCE_ADAPTERS = "app.docsbridge.confluence.";

    private PluginComponents() {
    }

    public static Autowirer wire(List<ComponentModule> modules, Map<Class<?>, Object> inMemoryPorts,
                                 ClassLoader loader, ModuleProblems problems) {
        Autowirer autowirer = new Autowirer();
        for (ComponentModule module : modules) {
            try {
                if (module.className().startsWith(CONFLUENCE_ADAPTERS)) {
                    autowirer.registerInstance(module.key(), substitute(module, inMemoryPorts, loader));
                } else {
                    autowirer.registerClass(module.key(), Class.forName(module.className(), false, loader));
                }
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                problems.report("component " + module.key(), e);
            }
        }
        autowirer.instantiateAll((key, error) -> problems.report("component " + key, error));
        return autowirer;
    }

    private static Object substitute(ComponentModule module, Map<Class<?>, Object> ports, ClassLoader loader)
            throws ClassNotFoundException {
        if (module.interfaces().isEmpty()) {
            throw new WiringException(module.className() + " has no <interface>: the dev host cannot substitute it");
        }
        Object chosen = null;
        for (String name : module.interfaces()) {
            Object port = ports.get(Class.forName(name, false, loader));
            if (port == null) {
                throw new WiringException("the dev host has no in-memory implementation of " + name);
            }
            if (chosen != null && chosen != port) {
                throw new WiringException(module.className() + " declares interfaces the dev host implements separately");
            }
            chosen = port;
        }
        return chosen;
    }
}
