package app.docsbridge.devhost.probe;

import app.docsbridge.core.port.Users;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: a web-item condition with the plugin framework's {@code init}/{@code shouldDisplay} life cycle
 * (it does not implement the Condition stub so it compiles without it). Shows the item for attachments with the
 * {@code extension} param's extension, and only for signed-in users.
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
                && fileName(context.get("attachment")).toLowerCase(Locale.ROOT).endsWith(extension);
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
