package app.docsbridge.devhost.api;

import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.devhost.memory.AttachmentRemovals;
import app.docsbridge.devhost.memory.AttachmentVersion;
import app.docsbridge.devhost.memory.DiskHistoryStore;
import app.docsbridge.devhost.memory.DevSpace;
import app.docsbridge.devhost.memory.DevUser;
import app.docsbridge.devhost.memory.DiskAttachmentStore;
import app.docsbridge.devhost.memory.UserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /devhost/api/attachments}: list latest versions, one attachment's versions, a version's bytes, and
 * uploads (new attachment, or new version when the page already has that file name), streamed to disk; deleting an
 * attachment or one version (Confluence's removal events are published on the node serving the request), moving
 * an attachment to another page, and what the history store keeps for an attachment.
 */
public final class AttachmentsApi extends HttpServlet {

    private static final Pattern SUB_PATH = Pattern.compile("/(\\d+)/(versions|content)");
    private static final Pattern HISTORY_PATH = Pattern.compile("/(\\d+)/history");
    private static final Pattern ATTACHMENT_PATH = Pattern.compile("/(\\d+)");
    private static final Pattern VERSION_PATH = Pattern.compile("/(\\d+)/versions/(\\d+)");
    private static final Pattern MOVE_PATH = Pattern.compile("/(\\d+)/move");

    private final DiskAttachmentStore store;
    private final DevSpace space;
    private final UserDirectory users;
    private final AttachmentRemovals removals;
    private final DiskHistoryStore history;

    public AttachmentsApi(DiskAttachmentStore store, DevSpace space, UserDirectory users, AttachmentRemovals removals,
                          DiskHistoryStore history) {
        this.store = store;
        this.space = space;
        this.users = users;
        this.removals = removals;
        this.history = history;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            JsonIo.write(resp, store.latestVersions().stream().map(this::json).toList());
            return;
        }
        Matcher h = HISTORY_PATH.matcher(path);
        if (h.matches()) {
            historyData(resp, Long.parseLong(h.group(1)));
            return;
        }
        Matcher m = SUB_PATH.matcher(path);
        List<AttachmentVersion> history = m.matches() ? store.history(Long.parseLong(m.group(1))) : List.of();
        if (history.isEmpty()) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such attachment");
        } else if (m.group(2).equals("versions")) {
            JsonIo.write(resp, history.stream().map(this::json).toList());
        } else {
            content(req, resp, history);
        }
    }

    private void content(HttpServletRequest req, HttpServletResponse resp, List<AttachmentVersion> history)
            throws IOException {
        String wanted = req.getParameter("version");
        Optional<StoredAttachment> version = history.stream().map(AttachmentVersion::attachment)
                .filter(a -> wanted == null ? a.version() == history.get(history.size() - 1).attachment().version()
                        : Integer.toString(a.version()).equals(wanted))
                .findFirst();
        if (version.isEmpty()) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such version");
            return;
        }
        resp.setContentType(version.get().mediaType());
        resp.setContentLengthLong(version.get().size());
        try (InputStream in = store.open(version.get().id(), version.get().version())) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /** {@code {id, index, archives}}: the history index (null when none) and archive names, even once it is gone. */
    private void historyData(HttpServletResponse resp, long attachmentId) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", attachmentId);
        Optional<String> index = history.readIndex(attachmentId);
        out.put("index", index.isPresent() ? JsonIo.parse(index.get()) : null);
        out.put("archives", history.archiveNames(attachmentId));
        JsonIo.write(resp, out);
    }

    /** {@code DELETE /{id}} or {@code /{id}/versions/{n}}: {@code {id, versions}} with the versions left. */
    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Matcher whole = ATTACHMENT_PATH.matcher(path);
        Matcher one = VERSION_PATH.matcher(path);
        long id;
        boolean removed;
        if (whole.matches()) {
            id = Long.parseLong(whole.group(1));
            removed = removals.removeAttachment(id);
        } else if (one.matches()) {
            id = Long.parseLong(one.group(1));
            removed = removals.removeVersion(id, Integer.parseInt(one.group(2)));
        } else {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "DELETE /attachments/{id} or /attachments/{id}/versions/{n}");
            return;
        }
        if (!removed) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such attachment or version");
            return;
        }
        JsonIo.write(resp, Map.of("id", id, "versions", store.history(id).stream().map(this::json).toList()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher move = MOVE_PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (move.matches()) {
            move(req, resp, Long.parseLong(move.group(1)));
            return;
        }
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "POST /attachments or /attachments/{id}/move");
            return;
        }
        Map<String, String> query = QueryString.parse(req.getQueryString());
        Optional<Long> pageId = parseLong(query.get("pageId"));
        String fileName = query.get("fileName");
        Optional<DevUser> user = users.byUsername(query.getOrDefault("user", "admin"));
        if (pageId.isEmpty() || space.page(pageId.get()).isEmpty() || fileName == null || fileName.isBlank()) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "needs pageId (1001 or 1002) and fileName");
            return;
        }
        if (user.isEmpty()) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown user");
            return;
        }
        long size = req.getContentLengthLong();
        String userKey = user.get().key();
        try (InputStream body = req.getInputStream()) {
            Optional<StoredAttachment> existing = store.findByName(pageId.get(), fileName);
            StoredAttachment saved = existing.isPresent()
                    ? store.storeVersion(existing.get().id(), userKey, body, size, "uploaded through the dev host API")
                    : store.create(pageId.get(), fileName, null, userKey, body, size);
            JsonIo.write(resp, Map.of("id", saved.id(), "version", saved.version()));
        } catch (IOException | RuntimeException e) {
            // Confluence's store fails unchecked (see DiskAttachmentStore).
            JsonIo.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(e.getMessage()));
        }
    }

    /** {@code POST /{id}/move?pageId=N}: as Confluence's moveAttachment (same id, versions, properties). */
    private void move(HttpServletRequest req, HttpServletResponse resp, long id) throws IOException {
        Optional<Long> pageId = parseLong(QueryString.parse(req.getQueryString()).get("pageId"));
        if (pageId.isEmpty() || space.page(pageId.get()).isEmpty()) {
            JsonIo.error(resp, HttpServletResponse.SC_BAD_REQUEST, "needs pageId (1001 or 1002)");
            return;
        }
        try {
            if (!store.moveAttachment(id, pageId.get())) {
                JsonIo.error(resp, HttpServletResponse.SC_NOT_FOUND, "no such attachment");
                return;
            }
        } catch (IOException e) {
            JsonIo.error(resp, HttpServletResponse.SC_CONFLICT, String.valueOf(e.getMessage()));
            return;
        }
        JsonIo.write(resp, Map.of("id", id, "pageId", pageId.get()));
    }

    private Map<String, Object> json(AttachmentVersion v) {
        StoredAttachment a = v.attachment();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("pageId", a.pageId());
        out.put("fileName", a.fileName());
        out.put("version", a.version());
        out.put("size", a.size());
        out.put("sha256", v.sha256());
        out.put("mediaType", a.mediaType());
        out.put("lastModifier", users.usernameOf(a.lastModifierKey()));
        out.put("modified", a.modified().toString());
        out.put("comment", v.comment());
        return out;
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
