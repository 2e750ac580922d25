package app.docsbridge.web;

import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.recovery.RecoverySweep;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code GET /plugins/servlet/onlyoffice/activity}, read-only, for signed-in users who may view the files:
 * <ul>
 *   <li>{@code ?attachmentIds=1,2,3}: who is editing each of them now: {@code {attachments:[{id, editors:[{name,
 *       avatarUrl}], count}]}} (only files somebody edits);</li>
 *   <li>{@code ?attachmentId=N&key=K}: how the save of the editing session {@code K} stands, and whether a version
 *       was added outside that session: {@code {fileName, state, version, latestVersion, uploadedBy}}.</li>
 * </ul>
 * Everything comes from attachment properties every node shares, never from a node's memory.
 */
@AnonymousSiteAccess
public class ActivityServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_IDS = 200;

    private final transient EditingActivity activity;
    private final transient AttachmentStore attachments;
    private final transient Permissions permissions;
    private final transient Users users;
    private final transient DocumentKeys keys;
    private final transient RecoverySweep recovery;

    public ActivityServlet(EditingActivity activity, AttachmentStore attachments, Permissions permissions,
                           Users users, DocumentKeys keys, RecoverySweep recovery) {
        this.activity = activity;
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.keys = keys;
        this.recovery = recovery;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (request.getParameter("attachmentIds") != null) {
            Optional<Set<Long>> ids = ids(request.getParameter("attachmentIds"));
            if (ids.isEmpty()) {
                JsonResponses.send(response, 400, Map.of("error", "badRequest",
                        "message", "attachmentIds must be up to " + MAX_IDS + " attachment ids, comma-separated"));
                return;
            }
            JsonResponses.send(response, 200, Map.of("attachments", userKey == null ? List.of() : editing(userKey, ids.get())));
            return;
        }
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        String key = request.getParameter("key");
        if (attachmentId.isEmpty() || key == null || key.isEmpty() || key.length() > 128) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest",
                    "message", "expected attachmentIds=… or attachmentId=…&key=…"));
            return;
        }
        Optional<StoredAttachment> attachment = attachments.find(attachmentId.getAsLong())
                .filter(a -> userKey != null && permissions.canView(userKey, a.id()));
        if (attachment.isEmpty()) {
            JsonResponses.send(response, 404, Map.of("error", "notFound"));
            return;
        }
        StoredAttachment latest = attachment.get();
        EditingActivity.SaveState state = activity.saveState(latest, key);
        if (state.state() == EditingActivity.State.RETRYING) {
            // Somebody waits for this save: if the Docs server has given up on it, store its copy now, then say so.
            recovery.runIfDue();
            latest = attachments.find(latest.id()).orElse(latest);
            state = activity.saveState(latest, key);
        }
        JsonResponses.send(response, 200, session(latest, key, state));
    }

    private List<Map<String, Object>> editing(String userKey, Set<Long> ids) {
        List<Map<String, Object>> answer = new ArrayList<>();
        for (long id : ids) {
            List<String> editors = activity.editors(id);
            if (editors.isEmpty() || !permissions.canView(userKey, id)) {
                continue;
            }
            List<Map<String, Object>> people = new ArrayList<>();
            for (String editor : editors) {
                users.byKey(editor).ifPresent(user -> {
                    Map<String, Object> person = new LinkedHashMap<>();
                    person.put("name", user.displayName());
                    person.put("avatarUrl", users.avatarUrl(user.key()).orElse(null));
                    people.add(person);
                });
            }
            answer.add(Map.of("id", id, "editors", people, "count", Math.max(people.size(), activity.editorCount(id))));
        }
        return answer;
    }

    private Map<String, Object> session(StoredAttachment latest, String key, EditingActivity.SaveState state) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("fileName", latest.fileName());
        answer.put("state", state.state().name().toLowerCase(java.util.Locale.ROOT));
        answer.put("version", state.version());
        answer.put("latestVersion", latest.version());
        // A latest version that this session did not make (its key would still be current) came from outside.
        boolean outside = state.state() == EditingActivity.State.SAVING && !keys.keyFor(latest).equals(key);
        answer.put("uploadedBy", outside ? users.byKey(latest.lastModifierKey()).map(AppUser::displayName)
                .orElse("") : null);
        return answer;
    }

    private static Optional<Set<Long>> ids(String value) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            OptionalLong id = RequestParams.positiveLong(part.trim());
            if (id.isEmpty() || ids.size() >= MAX_IDS) {
                return Optional.empty();
            }
            ids.add(id.getAsLong());
        }
        return Optional.of(ids);
    }
}
