package app.docsbridge.devhost.wiring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Confluence 9+ endpoint security for plugin servlets: an access annotation on {@code do<Method>} wins over one on
 * the class; none at all means signed-in (licensed) users only. Annotations are matched by class name so the dev
 * host does not depend on the compile-only stubs.
 */
public enum ServletAccess {
    ANONYMOUS, SIGNED_IN, ADMIN;

    private static final String PACKAGE = "com.atlassian.annotations.security.";

    public static ServletAccess of(Class<?> servletClass, String httpMethod) {
        return handler(servletClass, httpMethod).flatMap(m -> fromAnnotations(m.getAnnotations()))
                .or(() -> fromAnnotations(servletClass.getAnnotations()))
                .orElse(SIGNED_IN);
    }

    private static Optional<ServletAccess> fromAnnotations(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            switch (name.substring(PACKAGE.length())) {
                case "AnonymousSiteAccess", "UnrestrictedAccess" -> {
                    return Optional.of(ANONYMOUS);
                }
                case "LicensedOnly", "UnlicensedSiteAccess" -> {
                    return Optional.of(SIGNED_IN);
                }
                case "AdminOnly", "SystemAdminOnly" -> {
                    return Optional.of(ADMIN);
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** The servlet's own {@code doGet}/{@code doPost}/… (HEAD falls back to doGet, as HttpServlet does). */
    private static Optional<Method> handler(Class<?> type, String httpMethod) {
        String verb = httpMethod.toUpperCase(Locale.ROOT);
        String name = "do" + verb.charAt(0) + verb.substring(1).toLowerCase(Locale.ROOT);
        Optional<Method> method = declared(type, name);
        return method.isEmpty() && "HEAD".equals(verb) ? declared(type, "doGet") : method;
    }

    private static Optional<Method> declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && !c.getName().startsWith("jakarta."); c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 2) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }
}
