package app.docsbridge.testing;

import app.docsbridge.core.port.Permissions;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link Permissions}; a {@code null} user key is the anonymous visitor. Nothing is allowed until granted. */
public final class MemoryPermissions implements Permissions {

    private static final String ANONYMOUS = "\u0000anonymous";

    private final Set<String> view = ConcurrentHashMap.newKeySet();
    private final Set<String> edit = ConcurrentHashMap.newKeySet();
    private final Set<String> addAttachments = ConcurrentHashMap.newKeySet();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();

    public MemoryPermissions allowView(String userKey, long attachmentId) {
        view.add(entry(userKey, attachmentId));
        return this;
    }

    /** Edit implies view. */
    public MemoryPermissions allowEdit(String userKey, long attachmentId) {
        allowView(userKey, attachmentId);
        edit.add(entry(userKey, attachmentId));
        return this;
    }

    public MemoryPermissions revokeEdit(String userKey, long attachmentId) {
        edit.remove(entry(userKey, attachmentId));
        return this;
    }

    public MemoryPermissions revokeView(String userKey, long attachmentId) {
        view.remove(entry(userKey, attachmentId));
        return revokeEdit(userKey, attachmentId);
    }

    public MemoryPermissions allowAddAttachments(String userKey, long pageId) {
        addAttachments.add(entry(userKey, pageId));
        return this;
    }

    public MemoryPermissions makeSystemAdmin(String userKey) {
        admins.add(userKey);
        return this;
    }

    @Override
    public boolean canView(String userKey, long attachmentId) {
        return view.contains(entry(userKey, attachmentId));
    }

    @Override
    public boolean canEdit(String userKey, long attachmentId) {
        return edit.contains(entry(userKey, attachmentId));
    }

    @Override
    public boolean canAddAttachments(String userKey, long pageId) {
        return addAttachments.contains(entry(userKey, pageId));
    }

    @Override
    public boolean isSystemAdmin(String userKey) {
        return userKey != null && admins.contains(userKey);
    }

    private static String entry(String userKey, long id) {
        return (userKey == null ? ANONYMOUS : userKey) + "|" + id;
    }
}
