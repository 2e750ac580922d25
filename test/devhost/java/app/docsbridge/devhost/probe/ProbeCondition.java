package app.docsbridge.devhost.probe;

import app.docsbridge.core.port.Users;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: a web-item condition with the plugin framework's {@code init}/{@code shouldDisplay} life cycle
 * (it does not implement the Condition stub so it compiles without it). Shows the item for attachments with the
 * {@code extension} param's extension, and only for signed-in users — judged from the context Confluence passes
 * ({@code user}: the ConfluenceUser, checked against the request's user; {@code space} with {@code spaceid} and
 * {@code spacekey}, as DefaultWebInterfaceContext holds them), so a dev host that leaves them out hides the item.
 */
public class ProbeCondition {

    static final AtomicInteger INITS = new AtomicInteger();

    private final Users users;
    private String extension;

    public ProbeCondition(Users users) {
        this.users = users;
    }

    public void init(Map<String, String> params) {
        if (INITS.incrementAndGet() > 1) {
            throw new IllegalStateException("init called more than once");
        }
        extension = "." + params.get("extension").toLowerCase(Locale.ROOT);
    }

    public boolean shouldDisplay(Map<String, Object> context) {
        return users.current().isPresent()
                && users.current().get().username().equals(call(context.get("user"), "getName"))
                && context.get("spaceid") instanceof Long id && id.toString().equals(call(context.get("space"), "getId"))
                && String.valueOf(context.get("spacekey")).equals(call(context.get("space"), "getKey"))
                && fileName(context.get("attachment")).toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** The value of a getter (or null when the object lacks it), as text. */
    private static String call(Object target, String getter) {
        if (target == null) {
            return null;
        }
        try {
            return String.valueOf(target.getClass().getMethod(getter).invoke(target));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Works with the Attachment stub (getFileName) and the dev host's fallback record (fileName). */
    private static String fileName(Object attachment) {
        for (String name : new String[] {"getFileName", "fileName"}) {
            try {
                Method m = attachment.getClass().getMethod(name);
                return String.valueOf(m.invoke(attachment));
            } catch (ReflectiveOperationException e) {
                // try the next accessor
            }
        }
        throw new IllegalArgumentException("not an attachment: " + attachment);
    }
}
