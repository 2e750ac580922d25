// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

public interface AttachmentManager {

    /** Deprecated in 10.0.3 but still present; no replacement was investigated. */
    @Deprecated
    Attachment getAttachment(long id);

    List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content);

    /** Newest first. */
    List<Attachment> getAllVersions(Attachment attachment);

    InputStream getAttachmentData(Attachment attachment);

    /** {@code previousVersion == null} stores a new attachment. */
    void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream attachmentData)
            throws IOException;

    /**
     * Moves the attachment (every version) to {@code newContent} under {@code newFileName}; to its own container, a
     * rename. ../shared/reference/atlassian-api.md §2.1 (✔8); Confluence 8.7.2 DelegatorAttachmentManager and
     * DefaultAttachmentManager (ngannk-fptu/Decompiled-Files).
     */
    void moveAttachment(Attachment attachment, String newFileName, ContentEntityObject newContent);
}
