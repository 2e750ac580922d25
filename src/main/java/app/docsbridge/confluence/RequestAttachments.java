package app.docsbridge.confluence;

import app.docsbridge.core.port.RequestScope;
import com.atlassian.confluence.pages.Attachment;

import java.util.function.Supplier;

/**
 * Confluence {@link Attachment} objects already at hand in this request (the one in a web-item context), so that
 * permission checks on the same attachment do not look it up again. Request-scoped: the next request looks up.
 */
final class RequestAttachments {

    private RequestAttachments() {
    }

    static void remember(RequestScope request, Attachment attachment) {
        request.remember(key(attachment.getId()), () -> attachment);
    }

    static Attachment get(RequestScope request, long attachmentId, Supplier<Attachment> lookUp) {
        return request.remember(key(attachmentId), lookUp);
    }

    private static String key(long attachmentId) {
        return "attachment:" + attachmentId;
    }
}
