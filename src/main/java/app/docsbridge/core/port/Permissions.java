package app.docsbridge.core.port;

/** Confluence's permission checks; a {@code null} user key means an anonymous visitor. */
public interface Permissions {

    boolean canView(String userKey, long attachmentId);

    /** May upload a new version of the attachment. */
    boolean canEdit(String userKey, long attachmentId);

    /** May add attachments to the page. */
    boolean canAddAttachments(String userKey, long pageId);

    boolean isSystemAdmin(String userKey);
}
