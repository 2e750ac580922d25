// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;

/** No static fields: the real ones are compile-time constants that javac would inline. */
public class Attachment extends SpaceContentEntityObject {

    private String mediaType;
    private long fileSize;
    private ContentEntityObject container;

    public Attachment() {
    }

    public Attachment(String fileName, String mediaType, long fileSize, String versionComment) {
        setFileName(fileName);
        this.mediaType = mediaType;
        this.fileSize = fileSize;
        setVersionComment(versionComment);
    }

    /** Same value as getTitle(). */
    public String getFileName() {
        return getTitle();
    }

    public void setFileName(String fileName) {
        setTitle(fileName);
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public void setFileSize(long fileSize) {
        this.fileSize = fileSize;
    }

    public ContentEntityObject getContainer() {
        return container;
    }

    public void setContainer(ContentEntityObject container) {
        this.container = container;
    }

    /** A detached copy with the same field values (the real one also copies the id). */
    public Attachment copy() {
        Attachment copy = new Attachment(getFileName(), mediaType, fileSize, getVersionComment());
        copy.setId(getId());
        copy.setVersion(getVersion());
        copy.setContainer(container);
        copy.setCreator(getCreator());
        copy.setLastModifier(getLastModifier());
        copy.setCreationDate(getCreationDate());
        copy.setLastModificationDate(getLastModificationDate());
        return copy;
    }
}
