package app.docsbridge.core.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Confluence's attachments: the only way the app reads or writes file bytes. */
public interface AttachmentStore {

    /** The latest version of the attachment, if it exists. */
    Optional<StoredAttachment> find(long attachmentId);

    /** One version of the attachment, if it exists. */
    Optional<StoredAttachment> findVersion(long attachmentId, int version);

    /** Every version of the attachment, oldest first, read at once (empty when it does not exist). */
    List<StoredVersion> allVersions(long attachmentId);

    /** Streams the bytes of one version; the caller closes the stream. */
    InputStream open(long attachmentId, int version) throws IOException;

    /**
     * Stores {@code data} ({@code size} bytes) as the new latest version, created by {@code userKey}.
     * Fails without changing anything when fewer or more bytes arrive than announced.
     */
    StoredAttachment storeVersion(long attachmentId, String userKey, InputStream data, long size, String comment)
            throws IOException;

    /** Stores a new attachment on a page, created by {@code userKey}. */
    StoredAttachment create(long pageId, String fileName, String mediaType, String userKey, InputStream data, long size)
            throws IOException;

    /**
     * Gives the attachment (all its versions) a new file name on its page, as {@code userKey}. The caller has checked
     * the name and that no other attachment of the page has it.
     */
    StoredAttachment rename(long attachmentId, String newFileName, String userKey) throws IOException;

    /** Latest versions of the page's attachments. */
    List<StoredAttachment> listOnPage(long pageId);

    /** A small value the app keeps with the attachment (shared by all cluster nodes). */
    Optional<String> property(long attachmentId, String name);

    void setProperty(long attachmentId, String name, String value);
}
