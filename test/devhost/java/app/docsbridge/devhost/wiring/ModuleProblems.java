package app.docsbridge.devhost.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * Modules that failed to wire. Strict mode fails at once; otherwise the module is left out (as the plugin framework
 * disables a broken module) and reported loudly, so the dev host still runs while app classes are being written.
 */
public final class ModuleProblems {

    private final boolean strict;
    private final List<String> problems = new ArrayList<>();

    public ModuleProblems(boolean strict) {
        this.strict = strict;
    }

    public synchronized void report(String module, Throwable cause) {
        String message = module + ": " + describe(cause);
        if (strict) {
            throw new WiringException(message, cause);
        }
        problems.add(message);
        System.err.println("[devhost] MODULE DISABLED " + message);
    }

    public synchronized List<String> all() {
        return List.copyOf(problems);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
            return "class not found: " + cause.getMessage();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
