package app.docsbridge.confluence;

import app.docsbridge.core.history.ArchiveFolder;
import app.docsbridge.core.port.HistoryStore;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.sal.api.ApplicationProperties;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * History data in Confluence (decisions/0014-history-storage.md): the index is a text content property of the
 * attachment (database, so shared by the cluster, deleted with the attachment, carried along when it moves); the
 * change archives are files in the shared home, named after the attachment id.
 */
public class ConfluenceHistoryStore implements HistoryStore {

    static final String INDEX_PROPERTY = ConfluenceAttachmentStore.PROPERTY_PREFIX + "history";

    private final AttachmentManager attachmentManager;
    private final ContentPropertyManager contentProperties;
    private final ApplicationProperties applicationProperties;

    public ConfluenceHistoryStore(AttachmentManager attachmentManager, ContentPropertyManager contentProperties,
                                  ApplicationProperties applicationProperties) {
        this.attachmentManager = attachmentManager;
        this.contentProperties = contentProperties;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public Optional<String> readIndex(long attachmentId) {
        return latest(attachmentId).map(a -> contentProperties.getTextProperty(a, INDEX_PROPERTY));
    }

    @Override
    public void writeIndex(long attachmentId, String json) {
        latest(attachmentId).ifPresent(a -> contentProperties.setTextProperty(a, INDEX_PROPERTY, json));
    }

    @Override
    public void writeArchive(long attachmentId, String name, InputStream data) throws IOException {
        archives().write(attachmentId, name, data);
    }

    @Override
    public InputStream openArchive(long attachmentId, String name) throws IOException {
        return archives().open(attachmentId, name);
    }

    @Override
    public void retainArchives(long attachmentId, Set<String> keep) throws IOException {
        archives().retain(attachmentId, keep);
    }

    /**
     * The archives. The index needs nothing: it is a content property of the attachment, and Confluence deletes an
     * attachment's content properties with it.
     */
    @Override
    public void removeAll(long attachmentId) throws IOException {
        archives().removeAll(attachmentId);
    }

    /** Shared home on a cluster; a single server's SAL reports its local home as the shared one, or none. */
    private ArchiveFolder archives() throws IOException {
        Optional<Path> home = applicationProperties.getSharedHomeDirectory()
                .or(applicationProperties::getLocalHomeDirectory);
        if (home.isEmpty()) {
            throw new FileNotFoundException("Confluence reports no home directory");
        }
        return new ArchiveFolder(home.get().resolve("docsbridge").resolve("history"));
    }

    @SuppressWarnings("deprecation") // getAttachment(long): see ConfluenceAttachmentStore
    private Optional<Attachment> latest(long attachmentId) {
        Attachment attachment = attachmentManager.getAttachment(attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        return Optional.of(attachment.isLatestVersion() ? attachment : (Attachment) attachment.getLatestVersion());
    }
}
