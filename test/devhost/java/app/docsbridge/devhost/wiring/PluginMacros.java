package app.docsbridge.devhost.wiring;

import app.docsbridge.devhost.descriptor.MacroModule;
import com.atlassian.confluence.macro.Macro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptor's {@code <xhtml-macro>}s by macro name, each class built by constructor autowiring from the
 * plugin's components (as the plugin framework builds module classes of a transformed plugin). A macro that cannot
 * be built is reported and then renders as an unknown macro.
 */
public final class PluginMacros {

    private PluginMacros() {
    }

    public static Map<String, Macro> create(List<MacroModule> modules, Autowirer components, ClassLoader loader,
                                            ModuleProblems problems) {
        Map<String, Macro> macros = new LinkedHashMap<>();
        for (MacroModule module : modules) {
            try {
                Class<?> type = Class.forName(module.className(), false, loader);
                if (!Macro.class.isAssignableFrom(type)) {
                    throw new WiringException(module.className() + " does not implement " + Macro.class.getName());
                }
                macros.put(module.name(), (Macro) components.create(type));
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                problems.report("xhtml-macro " + module.key(), e);
            }
        }
        return Map.copyOf(macros);
    }
}
