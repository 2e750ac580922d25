// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.core;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Flattened: the members of EntityObject, ConfluenceEntityObject and AbstractVersionedEntityObject are declared
 * here (the JVM resolves them up the real hierarchy). Plain fields so that test tooling can use instances.
 */
public abstract class ContentEntityObject implements Versioned {

    private long id;
    private String title;
    private int version = 1;
    private Versioned originalVersion;
    private String versionComment;
    private Date creationDate;
    private Date lastModificationDate;
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;
    private final List<Attachment> attachments = new ArrayList<>();

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public boolean isLatestVersion() {
        return originalVersion == null;
    }

    /** Returns Versioned, not the subclass: the real descriptor's return type. */
    @Override
    public Versioned getLatestVersion() {
        return originalVersion == null ? this : originalVersion;
    }

    /** Marks this object as a historical version of {@code originalVersion}; production code never calls it. */
    public void setOriginalVersion(Versioned originalVersion) {
        this.originalVersion = originalVersion;
    }

    public String getVersionComment() {
        return versionComment;
    }

    public void setVersionComment(String versionComment) {
        this.versionComment = versionComment;
    }

    public Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(Date creationDate) {
        this.creationDate = creationDate;
    }

    /** Falls back to the creation date, like the real EntityObject. */
    public Date getLastModificationDate() {
        return lastModificationDate != null ? lastModificationDate : creationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void addAttachment(Attachment attachment) {
        attachments.add(attachment);
        attachment.setContainer(this);
    }
}
