package app.docsbridge.devhost.wiring;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Confluence 9+ endpoint security for plugin servlets: an access annotation on {@code do<Method>} wins over one on
 * the class; none at all means {@code LicensedOnly}. Annotations are matched by class name so the dev host does not
 * depend on the compile-only stubs. What each admits ("Prepare your Data Center app to comply with secure endpoint
 * defaults", developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints; the rule
 * covers servlets and servlet filters, cf. Bamboo 10's test plugin {@code ServletWithNoAnnotation} /
 * {@code ServletWithLicensedOnly}), with limited unlicensed access off, as the dev host's site has it:
 * <ul>
 *   <li>{@link #UNRESTRICTED} ({@code UnrestrictedAccess}): everybody;</li>
 *   <li>{@link #ANONYMOUS} ({@code AnonymousSiteAccess}): anonymous visitors (while the site allows them) and
 *       licensed users — an unlicensed signed-in user only with limited unlicensed access on, so not here;</li>
 *   <li>{@link #LICENSED} ({@code LicensedOnly}, {@code UnlicensedSiteAccess} while limited unlicensed access is
 *       off, and no annotation): licensed users;</li>
 *   <li>{@link #ADMIN} ({@code AdminOnly}, {@code SystemAdminOnly}): administrators.</li>
 * </ul>
 */
public enum ServletAccess {
    UNRESTRICTED, ANONYMOUS, LICENSED, ADMIN;

    private static final String PACKAGE = "com.atlassian.annotations.security.";

    public static ServletAccess of(Class<?> servletClass, String httpMethod) {
        return handler(servletClass, httpMethod).flatMap(m -> fromAnnotations(m.getAnnotations()))
                .or(() -> fromAnnotations(servletClass.getAnnotations()))
                .orElse(LICENSED);
    }

    private static Optional<ServletAccess> fromAnnotations(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (!name.startsWith(PACKAGE)) {
                continue;
            }
            switch (name.substring(PACKAGE.length())) {
                case "UnrestrictedAccess" -> {
                    return Optional.of(UNRESTRICTED);
                }
                case "AnonymousSiteAccess" -> {
                    return Optional.of(ANONYMOUS);
                }
                case "LicensedOnly", "UnlicensedSiteAccess" -> {
                    return Optional.of(LICENSED);
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
