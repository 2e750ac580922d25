package app.docsbridge.confluence;

import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.StoredVersion;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionTemplate;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Attachments through Confluence's AttachmentManager; writes follow the sequences in atlassian-api.md §2.1. */
public class ConfluenceAttachmentStore implements AttachmentStore {

    /** Content property names are global per content object: keep ours apart from other apps'. */
    static final String PROPERTY_PREFIX = "docsbridge.";
    /** Confluence rejects longer version comments; string content properties hold no more either. */
    static final int MAX_SHORT_TEXT = 255;

    private final AttachmentManager attachmentManager;
    private final PageManager pageManager;
    private final ContentPropertyManager contentProperties;
    private final UserAccessor userAccessor;
    private final TransactionTemplate transactions;

    public ConfluenceAttachmentStore(AttachmentManager attachmentManager, PageManager pageManager,
                                     ContentPropertyManager contentProperties, UserAccessor userAccessor,
                                     TransactionTemplate transactions) {
        this.attachmentManager = attachmentManager;
        this.pageManager = pageManager;
        this.contentProperties = contentProperties;
        this.userAccessor = userAccessor;
        this.transactions = transactions;
    }

    @Override
    public Optional<StoredAttachment> find(long attachmentId) {
        return latest(attachmentId).map(latest -> toStored(latest, latest.getId()));
    }

    @Override
    public Optional<StoredAttachment> findVersion(long attachmentId, int version) {
        return latest(attachmentId).flatMap(latest -> version(latest, version)
                .map(found -> toStored(found, latest.getId())));
    }

    /** One query for all versions ({@code getAllVersions} answers newest first). */
    @Override
    public List<StoredVersion> allVersions(long attachmentId) {
        Optional<Attachment> latest = latest(attachmentId);
        if (latest.isEmpty()) {
            return List.of();
        }
        List<Attachment> all = attachmentManager.getAllVersions(latest.get());
        List<StoredVersion> versions = new java.util.ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            Attachment version = all.get(i);
            String comment = version.getVersionComment();
            versions.add(new StoredVersion(toStored(version, latest.get().getId()), comment == null ? "" : comment));
        }
        versions.sort(java.util.Comparator.comparingInt(v -> v.file().version()));
        return versions;
    }

    @Override
    public InputStream open(long attachmentId, int version) throws IOException {
        Attachment found = latest(attachmentId).flatMap(latest -> version(latest, version))
                .orElseThrow(() -> new FileNotFoundException("attachment " + attachmentId + " v" + version));
        InputStream data = attachmentManager.getAttachmentData(found);
        if (data == null) {
            throw new FileNotFoundException("no data for attachment " + attachmentId + " v" + version);
        }
        return data;
    }

    @Override
    public StoredAttachment storeVersion(long attachmentId, String userKey, InputStream data, long size,
                                         String comment) throws IOException {
        ConfluenceUser editor = knownUser(userKey);
        InputStream exact = new ExactSizeInputStream(data, size);
        // Confluence takes the new version's creator from the thread-local user; the transaction makes the
        // changes to the attachment object roll back together with a failed save.
        return asUser(editor, () -> inTransaction(() -> {
            Attachment attachment = latest(attachmentId)
                    .orElseThrow(() -> new FileNotFoundException("attachment " + attachmentId));
            Attachment previous = attachment.copy();
            attachment.setFileSize(size);
            // Always set: otherwise the new version would carry the previous version's comment.
            attachment.setVersionComment(truncate(comment == null ? "" : comment));
            saveData(attachment, previous, exact);
            return toStored(attachment, attachment.getId());
        }));
    }

    @Override
    public StoredAttachment create(long pageId, String fileName, String mediaType, String userKey, InputStream data,
                                   long size) throws IOException {
        ConfluenceUser creator = knownUser(userKey);
        InputStream exact = new ExactSizeInputStream(data, size);
        return asUser(creator, () -> inTransaction(() -> {
            AbstractPage page = pageManager.getAbstractPage(pageId);
            if (page == null) {
                throw new FileNotFoundException("page " + pageId);
            }
            Attachment attachment = new Attachment(fileName, mediaType, size, "");
            Date now = new Date();
            attachment.setCreator(creator);
            attachment.setCreationDate(now);
            attachment.setLastModificationDate(now);
            attachment.setContainer(page);
            saveData(attachment, null, exact);
            page.addAttachment(attachment);
            return toStored(attachment, attachment.getId());
        }));
    }

    /**
     * Confluence renames an attachment by moving it to its own container under the new name: its REST update of an
     * attachment's title ends in {@code moveAttachment}, which renames every version and publishes an
     * AttachmentUpdateEvent (Confluence 8.7.2 AttachmentContentTypeApiSupport.update, DefaultAttachmentManager
     * .moveAttachment; ../shared/reference/atlassian-api.md §2.1). It does not check for a clash: the caller does.
     */
    @Override
    public StoredAttachment rename(long attachmentId, String newFileName, String userKey) throws IOException {
        ConfluenceUser renamer = knownUser(userKey);
        return asUser(renamer, () -> inTransaction(() -> {
            Attachment attachment = latest(attachmentId)
                    .orElseThrow(() -> new FileNotFoundException("attachment " + attachmentId));
            attachmentManager.moveAttachment(attachment, newFileName, attachment.getContainer());
            return toStored(attachment, attachment.getId());
        }));
    }

    @Override
    public List<StoredAttachment> listOnPage(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null) {
            return List.of();
        }
        return attachmentManager.getLatestVersionsOfAttachments(page).stream()
                .map(attachment -> toStored(attachment, attachment.getId()))
                .toList();
    }

    @Override
    public Optional<String> property(long attachmentId, String name) {
        return latest(attachmentId)
                .map(attachment -> contentProperties.getStringProperty(attachment, PROPERTY_PREFIX + name));
    }

    @Override
    public void setProperty(long attachmentId, String name, String value) {
        if (value != null && value.length() > MAX_SHORT_TEXT) {
            throw new IllegalArgumentException("property " + name + " longer than " + MAX_SHORT_TEXT + " characters");
        }
        Attachment attachment = latest(attachmentId)
                .orElseThrow(() -> new NoSuchElementException("attachment " + attachmentId));
        contentProperties.setStringProperty(attachment, PROPERTY_PREFIX + name, value);
    }

    /**
     * {@code saveAttachment} reports an I/O failure as a RuntimeException wrapping it, and a stream of the wrong length
     * as {@code AttachmentDataStreamSizeMismatchException} (a RuntimeException): both become the port's IOException,
     * which rolls the transaction back (../shared/reference/atlassian-api.md §10, "Attachment store failures").
     */
    private void saveData(Attachment attachment, Attachment previous, InputStream data) throws IOException {
        try {
            attachmentManager.saveAttachment(attachment, previous, data);
        } catch (RuntimeException e) {
            throw new IOException("Confluence could not store " + attachment.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The latest version; an id of a historical version leads to its latest version too. */
    @SuppressWarnings("deprecation") // getAttachment(long): still present in 10.x, no replacement investigated
    private Optional<Attachment> latest(long attachmentId) {
        Attachment attachment = attachmentManager.getAttachment(attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        // getLatestVersion() is declared as returning Versioned.
        return Optional.of(attachment.isLatestVersion() ? attachment : (Attachment) attachment.getLatestVersion());
    }

    private Optional<Attachment> version(Attachment latest, int version) {
        if (latest.getVersion() == version) {
            return Optional.of(latest);
        }
        return attachmentManager.getAllVersions(latest).stream()
                .filter(candidate -> candidate.getVersion() == version)
                .findFirst();
    }

    /** A non-null key must name an existing user: an edit is never silently attributed to someone else. */
    private ConfluenceUser knownUser(String userKey) throws IOException {
        if (userKey == null) {
            return null;
        }
        ConfluenceUser user = ConfluenceUserKeys.user(userAccessor, userKey);
        if (user == null) {
            throw new IOException("unknown user " + userKey);
        }
        return user;
    }

    /**
     * The last modifier, else the creator. {@code getLastModifier()} is verified on Confluence 8 only: should a later
     * line lack it, fall back to the creator rather than fail every lookup.
     */
    private static ConfluenceUser lastModifier(Attachment attachment) {
        try {
            ConfluenceUser modifier = attachment.getLastModifier();
            return modifier != null ? modifier : attachment.getCreator();
        } catch (NoSuchMethodError e) {
            return attachment.getCreator();
        }
    }

    static StoredAttachment toStored(Attachment attachment, long attachmentId) {
        ContentEntityObject container = attachment.getContainer();
        Date modified = attachment.getLastModificationDate();
        ConfluenceUser modifier = lastModifier(attachment);
        return new StoredAttachment(
                attachmentId,
                container == null ? 0 : container.getId(),
                attachment.getFileName(),
                attachment.getVersion(),
                attachment.getFileSize(),
                attachment.getMediaType(),
                modified == null ? Instant.EPOCH : modified.toInstant(),
                ConfluenceUserKeys.keyOf(modifier));
    }

    /** At most 255 characters, without cutting a surrogate pair in half. */
    static String truncate(String text) {
        if (text.length() <= MAX_SHORT_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_SHORT_TEXT - 1)) ? MAX_SHORT_TEXT - 1 : MAX_SHORT_TEXT;
        return text.substring(0, end);
    }

    private static <T> T asUser(ConfluenceUser user, Work<T> work) throws IOException {
        ConfluenceUser previous = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.set(user);
        try {
            return work.run();
        } finally {
            AuthenticatedUserThreadLocal.set(previous);
        }
    }

    /** Runs in one transaction; an IOException crosses it unchecked, so that the transaction rolls back. */
    private <T> T inTransaction(Work<T> work) throws IOException {
        try {
            return transactions.execute(() -> {
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }
}
