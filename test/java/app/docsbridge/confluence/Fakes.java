package app.docsbridge.confluence;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small hand-written fakes of the Confluence services, behaving as atlassian-api.md describes. */
final class Fakes {

    private Fakes() {
    }

    record User(String key, String name) implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return new UserKey(key);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getFullName() {
            return name.toUpperCase();
        }

        @Override
        public String getEmail() {
            return name + "@example.com";
        }
    }

    static final class Users implements UserAccessor {
        final Map<String, ConfluenceUser> byKey = new HashMap<>();

        User add(String key, String name) {
            User user = new User(key, name);
            byKey.put(key, user);
            return user;
        }

        @Override
        public ConfluenceUser getUserByKey(UserKey key) {
            return byKey.get(key.getStringValue());
        }
    }

    static final class Pages implements PageManager {
        final Map<Long, AbstractPage> byId = new HashMap<>();

        Page add(long id) {
            Page page = new Page();
            page.setId(id);
            byId.put(id, page);
            return page;
        }

        final Map<String, AbstractPage> byTitle = new HashMap<>();

        Page addTitled(long id, String spaceKey, String title) {
            Page page = add(id);
            page.setTitle(title);
            byTitle.put(spaceKey + ":" + title, page);
            return page;
        }

        com.atlassian.confluence.pages.BlogPost addBlogPost(long id, String spaceKey, String title, String day) {
            com.atlassian.confluence.pages.BlogPost post = new com.atlassian.confluence.pages.BlogPost();
            post.setId(id);
            post.setTitle(title);
            byId.put(id, post);
            byTitle.put(spaceKey + ":/" + day + "/" + title, post);
            return post;
        }

        @Override
        public AbstractPage getAbstractPage(long id) {
            return byId.get(id);
        }

        @Override
        public Page getPage(String spaceKey, String title) {
            return byTitle.get(spaceKey + ":" + title) instanceof Page page ? page : null;
        }

        @Override
        public com.atlassian.confluence.pages.BlogPost getBlogPost(String spaceKey, String title,
                                                                   java.util.Calendar day) {
            String date = String.format("%04d/%02d/%02d", day.get(java.util.Calendar.YEAR),
                    day.get(java.util.Calendar.MONTH) + 1, day.get(java.util.Calendar.DAY_OF_MONTH));
            return byTitle.get(spaceKey + ":/" + date + "/" + title) instanceof com.atlassian.confluence.pages.BlogPost b
                    ? b : null;
        }
    }

    /** Keeps versions newest first; like Confluence, takes the version's creator from the thread-local user. */
    static class Attachments implements AttachmentManager {
        final Map<Long, Attachment> byId = new HashMap<>();
        final Map<Attachment, byte[]> data = new HashMap<>();
        final Map<Attachment, ConfluenceUser> savedBy = new HashMap<>();
        private long nextId = 1000;
        /** The next save fails as Confluence's file-system store fails on a full disk. */
        boolean failNextSave;

        Attachment add(ContentEntityObject container, long id, String fileName, byte[] bytes) {
            Attachment attachment = new Attachment(fileName, "application/octet-stream", bytes.length, "");
            attachment.setId(id);
            attachment.setContainer(container);
            byId.put(id, attachment);
            data.put(attachment, bytes);
            return attachment;
        }

        @Override
        @Deprecated
        public Attachment getAttachment(long id) {
            return byId.get(id);
        }

        @Override
        public List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
            return byId.values().stream()
                    .filter(a -> a.getContainer() == content && a.isLatestVersion())
                    .toList();
        }

        @Override
        public List<Attachment> getAllVersions(Attachment attachment) {
            List<Attachment> versions = new ArrayList<>(byId.values().stream()
                    .filter(a -> a == attachment || a.getLatestVersion() == attachment)
                    .toList());
            versions.sort((a, b) -> b.getVersion() - a.getVersion());
            return versions;
        }

        /** As DefaultAttachmentManager.moveAttachment (Confluence 8.7.2): every version takes the new name. */
        @Override
        public void moveAttachment(Attachment attachment, String newFileName, ContentEntityObject newContent) {
            for (Attachment version : getAllVersions(attachment)) {
                version.setFileName(newFileName);
                version.setContainer(newContent);
            }
        }

        @Override
        public InputStream getAttachmentData(Attachment attachment) {
            byte[] bytes = data.get(attachment);
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public void saveAttachment(Attachment attachment, Attachment previousVersion, InputStream in)
                throws IOException {
            if (attachment.getContainer() == null || attachment.getMediaType() == null) {
                throw new IllegalStateException("container and media type are required");
            }
            if (attachment.getVersionComment() != null && attachment.getVersionComment().length() > 255) {
                throw new IllegalArgumentException("version comment too long");
            }
            // As FileSystemAttachmentDataUtil (Confluence 8.7.2): I/O failures and a stream of another length than
            // getFileSize() arrive as RuntimeExceptions, never as the declared IOException.
            if (failNextSave) {
                failNextSave = false;
                throw new RuntimeException(new IOException("No space left on device"));
            }
            byte[] bytes;
            try {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            if (bytes.length != attachment.getFileSize()) {
                throw new IllegalStateException("AttachmentDataStreamSizeMismatchException: expected "
                        + attachment.getFileSize() + " bytes, got " + bytes.length);
            }
            if (previousVersion == null) {
                attachment.setId(nextId++);
            } else {
                previousVersion.setId(nextId++);
                previousVersion.setOriginalVersion(attachment);
                byId.put(previousVersion.getId(), previousVersion);
                data.put(previousVersion, data.remove(attachment));
                attachment.setVersion(attachment.getVersion() + 1);
            }
            byId.put(attachment.getId(), attachment);
            data.put(attachment, bytes);
            savedBy.put(attachment, AuthenticatedUserThreadLocal.get());
        }
    }

    /** SAL's application properties with the given base URL and shared home (null: none). */
    static com.atlassian.sal.api.ApplicationProperties applicationProperties(
            java.util.function.Function<com.atlassian.sal.api.UrlMode, String> baseUrl, java.nio.file.Path sharedHome) {
        return new com.atlassian.sal.api.ApplicationProperties() {
            @Override
            public String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode) {
                return baseUrl.apply(urlMode);
            }

            @Override
            public java.util.Optional<java.nio.file.Path> getLocalHomeDirectory() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<java.nio.file.Path> getSharedHomeDirectory() {
                return java.util.Optional.ofNullable(sharedHome);
            }
        };
    }

    static final class Properties implements ContentPropertyManager {
        final Map<String, String> values = new HashMap<>();

        @Override
        public String getStringProperty(ContentEntityObject entity, String key) {
            return values.get(entity.getId() + "/" + key);
        }

        @Override
        public void setStringProperty(ContentEntityObject entity, String key, String value) {
            if (value != null && value.length() > 255) {
                throw new IllegalArgumentException("string property longer than 255 characters");
            }
            values.put(entity.getId() + "/" + key, value);
        }

        @Override
        public String getTextProperty(ContentEntityObject entity, String key) {
            return values.get(entity.getId() + "/text/" + key);
        }

        @Override
        public void setTextProperty(ContentEntityObject entity, String key, String value) {
            values.put(entity.getId() + "/text/" + key, value);
        }
    }

    /** Records how many callbacks ran and how many ended in a rollback (a RuntimeException). */
    static final class Transactions implements TransactionTemplate {
        int committed;
        int rolledBack;
        boolean active;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            active = true;
            try {
                T result = action.doInTransaction();
                committed++;
                return result;
            } catch (RuntimeException e) {
                rolledBack++;
                throw e;
            } finally {
                active = false;
            }
        }
    }

    /** Records lock operations by name; fails on unlocking a lock that is not held. */
    static final class Locks implements ClusterLockService {
        final List<String> events = new ArrayList<>();
        final Map<String, Integer> held = new HashMap<>();
        /** Names another node holds: tryLock gives up on them. */
        final java.util.Set<String> busy = new java.util.HashSet<>();

        @Override
        public ClusterLock getLockForName(String name) {
            return new ClusterLock() {
                @Override
                public void lock() {
                    events.add("lock " + name);
                    held.merge(name, 1, Integer::sum);
                }

                @Override
                public boolean tryLock(long time, java.util.concurrent.TimeUnit unit) {
                    if (busy.contains(name)) {
                        events.add("busy " + name + " after " + unit.toMillis(time) + " ms");
                        return false;
                    }
                    lock();
                    return true;
                }

                @Override
                public void unlock() {
                    events.add("unlock " + name);
                    if (held.merge(name, -1, Integer::sum) < 0) {
                        throw new IllegalMonitorStateException(name);
                    }
                }
            };
        }

        boolean isHeld(String name) {
            return held.getOrDefault(name, 0) > 0;
        }
    }
}
