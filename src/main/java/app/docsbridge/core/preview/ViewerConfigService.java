package app.docsbridge.core.preview;

import app.docsbridge.core.TimeSourceClock;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.editor.EditorLanguage;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
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
 * Signed configs for the macro's embedded viewers ({@code type: "embedded"}, view only), asked for by the page
 * script when a macro scrolls into view, so they always show the latest version and their tokens are fresh.
 * Each viewer key is the version's own viewer key ({@link DocumentKeys#viewerKeyFor}), never an editing session's.
 */
public class ViewerConfigService {

    /** Failures the page script shows in place of the viewer; none of them names the file. */
    public enum Problem { NOT_FOUND, UNSUPPORTED, TOO_LARGE, NOT_CONFIGURED }

    /** Either a viewer or the reason there is none. */
    public record Viewer(Map<String, Object> config, boolean mayEdit, Problem problem) {
        static Viewer failed(Problem problem) {
            return new Viewer(null, false, problem);
        }
    }

    static final Duration CONFIG_TTL = Duration.ofMinutes(30);

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

    public ViewerConfigService(AttachmentStore attachments, Permissions permissions, Users users, FormatTable formats,
                               AttachmentActions actions, AppSettings settings, DocumentKeys keys,
                               SignedLinks links, HostUrls hostUrls, TimeSource time) {
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

    /** The address of api.js, or empty while the app is not configured. */
    public Optional<String> docsApiUrl() {
        AppSettings.Snapshot s = settings.snapshot();
        return s.isConfigured() && s.jwtSecret().isPresent()
                ? Optional.of(s.docsUrl() + "/web-apps/apps/api/documents/api.js") : Optional.empty();
    }

    public Viewer viewer(long attachmentId) {
        Optional<AppUser> user = users.current();
        String userKey = user.map(AppUser::key).orElse(null);
        Optional<StoredAttachment> found = attachments.find(attachmentId);
        // Missing and forbidden look the same: the answer must not tell whether a file exists.
        if (found.isEmpty() || !permissions.canView(userKey, attachmentId)) {
            return Viewer.failed(Problem.NOT_FOUND);
        }
        StoredAttachment attachment = found.get();
        Optional<Format> format = formats.find(attachment.extension()).filter(Format::canView);
        if (format.isEmpty()) {
            return Viewer.failed(Problem.UNSUPPORTED);
        }
        if (attachment.size() > AttachmentActions.MAX_FILE_BYTES) {
            return Viewer.failed(Problem.TOO_LARGE);
        }
        AppSettings.Snapshot s = settings.snapshot();
        Optional<String> secret = s.jwtSecret();
        if (!s.isConfigured() || secret.isEmpty()) {
            return Viewer.failed(Problem.NOT_CONFIGURED);
        }
        Map<String, Object> config = config(attachment, format.get(), user, s);
        config.put("token", new JwtCodec(secret.get(), new TimeSourceClock(time)).sign(config, CONFIG_TTL));
        return new Viewer(config, actions.mayEdit(userKey, attachment), null);
    }

    /** Context-relative links of the page buttons. */
    public static String editorPath(long attachmentId) {
        return "/plugins/servlet/onlyoffice/doceditor?attachmentId=" + attachmentId;
    }

    private Map<String, Object> config(StoredAttachment attachment, Format format, Optional<AppUser> user,
                                       AppSettings.Snapshot s) {
        Map<String, Object> permissionsJson = new LinkedHashMap<>();
        permissionsJson.put("edit", false);
        permissionsJson.put("comment", false);
        permissionsJson.put("review", false);
        permissionsJson.put("fillForms", false);
        permissionsJson.put("chat", false);
        permissionsJson.put("download", true);
        permissionsJson.put("print", true);
        permissionsJson.put("copy", true);

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("fileType", format.extension());
        document.put("key", keys.viewerKeyFor(attachment));
        document.put("title", attachment.fileName());
        document.put("url", links.fileUrl(attachment.id(), attachment.version()));
        document.put("permissions", permissionsJson);

        Locale locale = users.locale(user.map(AppUser::key).orElse(null));
        Map<String, Object> editorConfig = new LinkedHashMap<>();
        editorConfig.put("mode", "view");
        editorConfig.put("lang", EditorLanguage.lang(locale));
        String region = EditorLanguage.region(locale);
        if (region != null) {
            editorConfig.put("region", region);
        }
        user.ifPresent(u -> editorConfig.put("user", Map.of("id", u.key(), "name", u.displayName())));
        Map<String, Object> embedded = new LinkedHashMap<>();
        embedded.put("toolbarDocked", "top");
        embedded.put("saveUrl", hostUrls.baseUrl() + "/download/attachments/" + attachment.pageId() + "/"
                + java.net.URLEncoder.encode(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
        editorConfig.put("embedded", embedded);
        Map<String, Object> customization = new LinkedHashMap<>();
        customization.put("macros", s.flag("macros"));
        customization.put("plugins", false);
        customization.put("review", Map.of("reviewDisplay", s.raw("reviewDisplay")));
        editorConfig.put("customization", customization);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "embedded");
        config.put("documentType", format.type().configValue());
        config.put("width", "100%");
        config.put("height", "100%");
        config.put("document", document);
        config.put("editorConfig", editorConfig);
        return config;
    }
}
