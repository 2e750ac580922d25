package app.docsbridge.devhost.pages;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.devhost.memory.DevPage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Confluence's Page and Attachment objects for web-item conditions, built from the compile-only stubs by
 * reflection so the dev host compiles and runs whether or not those stubs exist yet (then the plain dev host
 * records are passed instead).
 */
final class ConfluenceObjects {

    private static final String PAGE = "com.atlassian.confluence.pages.Page";
    private static final String ATTACHMENT = "com.atlassian.confluence.pages.Attachment";
    private static final String SPACE = "com.atlassian.confluence.spaces.Space";
    private static final String CONFLUENCE_USER = "com.atlassian.confluence.user.ConfluenceUser";
    private static final String USER_KEY = "com.atlassian.sal.api.user.UserKey";

    /** The dev host's space when the Space stub is absent. */
    record PlainSpace(long id, String key, String name) {
    }

    private ConfluenceObjects() {
    }

    static Object page(DevPage page) {
        Object stub = newInstance(PAGE);
        if (stub == null) {
            return page;
        }
        set(stub, "setId", page.id());
        set(stub, "setTitle", page.title());
        return stub;
    }

    /** The latest version of an attachment, as Confluence passes it in section system.attachment. */
    static Object attachment(StoredAttachment attachment, Object page) {
        Object stub = newInstance(ATTACHMENT);
        if (stub == null) {
            return attachment;
        }
        set(stub, "setId", attachment.id());
        set(stub, "setFileName", attachment.fileName());
        set(stub, "setVersion", attachment.version());
        set(stub, "setFileSize", attachment.size());
        set(stub, "setMediaType", attachment.mediaType());
        set(stub, "setContainer", page);
        return stub;
    }

    /** The DEV space as Confluence passes it under "space" (its id goes under "spaceid"). */
    static Object space(long id, String key, String name) {
        Object stub = newInstance(SPACE);
        if (stub == null) {
            return new PlainSpace(id, key, name);
        }
        set(stub, "setId", id);
        set(stub, "setKey", key);
        set(stub, "setName", name);
        return stub;
    }

    /**
     * The signed-in user as a {@code ConfluenceUser} (getKey, getName, getFullName, getEmail), or the plain
     * {@link AppUser} when the stub is absent.
     */
    static Object user(AppUser user) {
        try {
            Class<?> type = Class.forName(CONFLUENCE_USER);
            Object key = Class.forName(USER_KEY).getConstructor(String.class).newInstance(user.key());
            InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
                case "getKey" -> key;
                case "getName" -> user.username();
                case "getFullName" -> user.displayName();
                case "getEmail" -> user.username() + "@example.com";
                case "hashCode" -> user.key().hashCode();
                case "equals" -> args[0] == proxy;
                case "toString" -> user.username();
                default -> throw new UnsupportedOperationException(method.getName() + " is not part of the dev host's user");
            };
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        } catch (ReflectiveOperationException | LinkageError e) {
            return user;
        }
    }

    private static Object newInstance(String className) {
        try {
            return Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Calls a one-argument setter if the stub has one that takes the value; stubs may leave some out. */
    private static void set(Object target, String setter, Object value) {
        for (Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(setter) || m.getParameterCount() != 1) {
                continue;
            }
            Class<?> type = m.getParameterTypes()[0];
            Object arg = convert(value, type);
            if (arg != null) {
                try {
                    m.invoke(target, arg);
                    return;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(setter + " failed on " + target.getClass().getName(), e);
                }
            }
        }
    }

    private static Object convert(Object value, Class<?> type) {
        if (value instanceof Number n) {
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
        }
        return type.isInstance(value) ? value : null;
    }
}
