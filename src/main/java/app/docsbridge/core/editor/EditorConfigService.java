package app.docsbridge.core.editor;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.json.Json;
import app.docsbridge.core.jwt.JwtCodec;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.TimeSource;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the signed editor config for one user and one attachment. Permissions are decided here, on the server:
 * the Document Server trusts whatever the token says.
 */
public class EditorConfigService {

    /** The config token is checked once, when the editor connects; a stale page asks for a fresh config. */
    static final Duration CONFIG_TTL = Duration.ofMinutes(30);
    static final String API_JS_PATH = "/web-apps/apps/api/documents/api.js";
    /** Document kinds "New document" can make a blank file of (NewDocumentType: docx, xlsx, pptx, pdf). */
    static final java.util.Set<String> CREATABLE_KINDS = java.util.Set.of("word", "cell", "slide", "pdf");

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final FormatTable formats;
    private final AttachmentActions actions;
    private final AppSettings settings;
    private final DocumentKeys keys;
    private final SignedLinks links;
    private final HostUrls hostUrls;
    private final TimeSource time;

    public EditorConfigService(AttachmentStore attachments, Permissions permissions, Users users, FormatTable formats,
                               AttachmentActions actions, AppSettings settings, DocumentKeys keys, SignedLinks links,
                               HostUrls hostUrls, TimeSource time) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.formats = formats;
        this.actions = actions;
        this.settings = settings;
        this.keys = keys;
        this.links = links;
        this.hostUrls = hostUrls;
        this.time = time;
    }

    /** Opens the latest version for the current user; {@code viewOnly} asks for the viewer even when editing is allowed. */
    public EditorSession open(long attachmentId, boolean viewOnly) throws EditorException {
        return open(attachmentId, viewOnly, EditorClient.DESKTOP);
    }

    /** As {@link #open(long, boolean)}, with the editor type and theme adapted to the user's browser. */
    public EditorSession open(long attachmentId, boolean viewOnly, EditorClient client) throws EditorException {
        return open(attachmentId, viewOnly, client, Map.of());
    }

    /** As above, opened at a bookmark or comment ({@code editorConfig.actionLink}, see {@link ActionLinks}); may be empty. */
    public EditorSession open(long attachmentId, boolean viewOnly, EditorClient client, Map<String, Object> actionLink)
            throws EditorException {
        Optional<AppUser> user = users.current();
        String userKey = user.map(AppUser::key).orElse(null);
        StoredAttachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new EditorException(EditorException.Reason.NOT_FOUND));
        if (!permissions.canView(userKey, attachmentId)) {
            // Never reveal that the file exists: anonymous visitors may sign in, everyone else gets "not found".
            throw new EditorException(user.isEmpty() ? EditorException.Reason.LOGIN_REQUIRED
                    : EditorException.Reason.NOT_FOUND);
        }
        Format format = formats.find(attachment.extension()).filter(Format::canView)
                .orElseThrow(() -> new EditorException(EditorException.Reason.UNSUPPORTED_FORMAT, attachment.pageId()));
        if (attachment.size() > AttachmentActions.MAX_FILE_BYTES) {
            throw new EditorException(EditorException.Reason.TOO_LARGE, attachment.pageId());
        }
        AppSettings.Snapshot s = settings.snapshot();
        if (!s.isConfigured()) {
            throw new EditorException(EditorException.Reason.NO_DOCS_ADDRESS, attachment.pageId());
        }
        String secret = s.jwtSecret().orElseThrow(() -> new EditorException(EditorException.Reason.NO_SECRET, attachment.pageId()));

        boolean mayEdit = actions.mayEdit(userKey, attachment);
        boolean editing = !viewOnly && mayEdit;
        Map<String, Object> config = config(attachment, format, user, editing, mayEdit, s, client);
        @SuppressWarnings("unchecked")
        Map<String, Object> editorConfig = (Map<String, Object>) config.get("editorConfig");
        if (!actionLink.isEmpty()) {
            editorConfig.put("actionLink", actionLink);
        }
        // File > Create New: a blank file of the same kind on the same page, for whoever may add files to it. The URL
        // only opens a page that asks; the file is made by the create endpoint (POST, XSRF) on the user's click.
        if (userKey != null && CREATABLE_KINDS.contains(format.type().configValue())
                && permissions.canAddAttachments(userKey, attachment.pageId())) {
            editorConfig.put("createUrl", hostUrls.baseUrl() + "/plugins/servlet/onlyoffice/doceditor?attachmentId="
                    + attachment.id() + "&createNew=1");
        }
        // Serialized once: the same text is signed and embedded in the page (with the token added at the end).
        String json = Json.write(config);
        String token = new JwtCodec(secret, new TimeSourceClock(time)).signObject(json, CONFIG_TTL);
        config.put("token", token);
        String signedJson = json.substring(0, json.length() - 1) + ",\"token\":\"" + token + "\"}";
        return new EditorSession(attachment, format, editing, config, s.docsUrl() + API_JS_PATH, s.docsUrl(),
                signedJson);
    }

    private Map<String, Object> config(StoredAttachment attachment, Format format, Optional<AppUser> user,
                                       boolean editing, boolean mayEdit, AppSettings.Snapshot s, EditorClient client) {
        String key = keys.keyFor(attachment);

        Map<String, Object> permissionsJson = new LinkedHashMap<>();
        // In a view session of someone who may edit, edit:true with mode "view" is what makes the editor offer
        // "Edit current file" (onRequestEditRights, docs-api §2.4); the mode keeps it a viewer until then.
        permissionsJson.put("edit", mayEdit);
        permissionsJson.put("comment", editing && s.flag("comments"));
        permissionsJson.put("review", editing);
        permissionsJson.put("fillForms", editing && format.canFillForms());
        permissionsJson.put("chat", s.flag("chat"));
        permissionsJson.put("download", true);
        permissionsJson.put("print", true);
        permissionsJson.put("copy", true);

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("fileType", format.extension());
        document.put("key", key);
        document.put("title", attachment.fileName());
        document.put("url", links.fileUrl(attachment.id(), attachment.version()));
        document.put("permissions", permissionsJson);
        document.put("referenceData", Map.of("fileKey", String.valueOf(attachment.id()),
                "instanceId", settings.instanceId()));

        Locale locale = users.locale(user.map(AppUser::key).orElse(null));
        Map<String, Object> editorConfig = new LinkedHashMap<>();
        editorConfig.put("mode", editing ? "edit" : "view");
        editorConfig.put("lang", EditorLanguage.lang(locale));
        String region = EditorLanguage.region(locale);
        if (region != null) {
            editorConfig.put("region", region);
        }
        if (editing) {
            editorConfig.put("callbackUrl", links.callbackUrl(attachment.id(), user.get().key(), key));
        }
        user.ifPresent(u -> editorConfig.put("user", Map.of("id", u.key(), "name", u.displayName())));
        editorConfig.put("customization", customization(attachment, s, client));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", client.mobile() ? "mobile" : "desktop");
        config.put("documentType", format.type().configValue());
        config.put("document", document);
        config.put("editorConfig", editorConfig);
        return config;
    }

    private Map<String, Object> customization(StoredAttachment attachment, AppSettings.Snapshot s,
                                              EditorClient client) {
        Map<String, Object> customization = new LinkedHashMap<>();
        customization.put("goback", Map.of("url",
                hostUrls.baseUrl() + "/pages/viewpageattachments.action?pageId=" + attachment.pageId()));
        customization.put("help", s.flag("help"));
        customization.put("feedback", s.flag("feedback"));
        customization.put("compactHeader", s.flag("compactHeader"));
        customization.put("macros", s.flag("macros"));
        customization.put("plugins", s.flag("plugins"));
        customization.put("forcesave", s.flag("forcesave"));
        customization.put("review", Map.of("reviewDisplay", s.raw("reviewDisplay")));
        if (client.uiTheme() != null) {
            customization.put("uiTheme", client.uiTheme());
        }
        return customization;
    }
}
