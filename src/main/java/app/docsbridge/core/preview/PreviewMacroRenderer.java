package app.docsbridge.core.preview;

import app.docsbridge.core.Html;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.formats.DocumentType;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.ContentDirectory;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The preview macro's HTML for one viewer. In a browser: a light placeholder (icon, name, version, author) that the
 * page script turns into the viewer when it scrolls into view. In exports and e-mail: a link with the file's name.
 * Whatever goes wrong ends in a box that says what happened; people who may not see the file never learn its name.
 * All HTML is built here with explicit escaping (no template: Velocity would escape or not by reference name).
 */
public class PreviewMacroRenderer {

    /** The page script's web-resource key (frontend/build/webResources.js). */
    public static final String SCRIPT_RESOURCE = "preview-macro";

    /** Where the macro is rendered: the page or blog post that holds it, its space, and for what output. */
    public record Target(OptionalLong currentPageId, String spaceKey, OutputMode mode) {
    }

    /** {@code needsScript}: the page must load the macro's script. */
    public record Rendered(String html, boolean needsScript) {
    }

    private enum Tone { INFO, WARNING, ERROR }

    private final AttachmentStore attachments;
    private final Permissions permissions;
    private final Users users;
    private final ContentDirectory contents;
    private final FormatTable formats;
    private final AppSettings settings;
    private final Messages messages;
    private final HostUrls hostUrls;

    public PreviewMacroRenderer(AttachmentStore attachments, Permissions permissions, Users users,
                                ContentDirectory contents, FormatTable formats, AppSettings settings,
                                Messages messages, HostUrls hostUrls) {
        this.attachments = attachments;
        this.permissions = permissions;
        this.users = users;
        this.contents = contents;
        this.formats = formats;
        this.settings = settings;
        this.messages = messages;
        this.hostUrls = hostUrls;
    }

    public Rendered render(PreviewParameters params, Target target) {
        String userKey = users.current().map(AppUser::key).orElse(null);
        Locale locale = users.locale(userKey);
        OutputMode mode = target.mode();
        if (params.fileName().isEmpty()) {
            return box(locale, mode, Tone.INFO, "docsbridge.preview.noFile.title", "docsbridge.preview.noFile.message");
        }
        Optional<Long> pageId = params.page().isPresent()
                ? resolve(params.page().get(), target.spaceKey())
                : target.currentPageId().isPresent() ? Optional.of(target.currentPageId().getAsLong()) : Optional.empty();
        if (pageId.isEmpty()) {
            String title = params.page().map(PageReference::title).orElse("");
            return box(locale, mode, Tone.WARNING, "docsbridge.preview.pageMissing.title",
                    "docsbridge.preview.pageMissing.message", title);
        }
        if (!contents.canViewPage(userKey, pageId.get())) {
            return noAccess(locale, mode, userKey);
        }
        Optional<StoredAttachment> found = findOnPage(pageId.get(), params.fileName());
        if (found.isEmpty()) {
            return box(locale, mode, Tone.WARNING, "docsbridge.preview.fileMissing.title",
                    "docsbridge.preview.fileMissing.message", params.fileName());
        }
        StoredAttachment file = found.get();
        if (!permissions.canView(userKey, file.id())) {
            return noAccess(locale, mode, userKey);
        }
        if (mode == OutputMode.LINK) {
            return new Rendered(exportLink(locale, file), false);
        }
        Optional<Format> format = formats.find(file.extension()).filter(Format::canView);
        if (format.isEmpty()) {
            return boxWithDownload(locale, mode, file, "docsbridge.preview.unsupported.title",
                    "docsbridge.preview.unsupported.message");
        }
        if (file.size() > AttachmentActions.MAX_FILE_BYTES) {
            return boxWithDownload(locale, mode, file, "docsbridge.preview.tooLarge.title",
                    "docsbridge.preview.tooLarge.message");
        }
        AppSettings.Snapshot s = settings.snapshot();
        if (!s.isConfigured() || s.jwtSecret().isEmpty()) {
            return notConfigured(locale, mode, userKey, file);
        }
        return new Rendered(placeholder(locale, file, format.get(), params, mode), true);
    }

    /** The box for a failure nobody foresaw: never a stack trace in the page. */
    public String unexpectedFailure() {
        Locale locale = users.locale(users.current().map(AppUser::key).orElse(null));
        return messageBox(Tone.ERROR, text(locale, "docsbridge.preview.error.title"),
                Html.escape(text(locale, "docsbridge.preview.error.message")), "");
    }

    private Optional<Long> resolve(PageReference ref, String currentSpaceKey) {
        String space = ref.spaceKey() != null ? ref.spaceKey() : currentSpaceKey;
        if (space == null || space.isBlank()) {
            return Optional.empty();
        }
        return ref.isBlogPost() ? contents.findBlogPost(space, ref.title(), ref.postingDay())
                : contents.findPage(space, ref.title());
    }

    /** Confluence keeps one attachment per name on a page; an exact match wins over a case-insensitive one. */
    private Optional<StoredAttachment> findOnPage(long pageId, String fileName) {
        var all = attachments.listOnPage(pageId);
        return all.stream().filter(a -> a.fileName().equals(fileName)).findFirst()
                .or(() -> all.stream().filter(a -> a.fileName().equalsIgnoreCase(fileName)).findFirst());
    }

    private String placeholder(Locale locale, StoredAttachment file, Format format, PreviewParameters params,
                               OutputMode mode) {
        DocumentType type = format.type();
        String width = params.width().orElse("100%");
        String height = params.height().orElse(PreviewSizes.defaultHeight(type));
        String author = Optional.ofNullable(file.lastModifierKey()).flatMap(users::byKey)
                .map(AppUser::displayName).orElse(null);
        String meta = author == null ? text(locale, "docsbridge.preview.version", file.version())
                : text(locale, "docsbridge.preview.versionBy", file.version(), author);
        boolean showEdit = params.showEditButton() && mode == OutputMode.DISPLAY;
        return "<div class=\"docsbridge-preview\" data-docsbridge-preview=\"" + file.id() + "\""
                + " data-document-type=\"" + type.configValue() + "\""
                + " data-show-edit=\"" + showEdit + "\""
                + " style=\"box-sizing:border-box;max-width:100%;width:" + Html.escape(width) + ";height:"
                + Html.escape(height) + ";border:1px solid var(--ds-border,#dfe1e6);border-radius:3px;"
                + "margin:8px 0;background:var(--ds-surface-sunken,#f7f8f9);position:relative\">"
                + "<div class=\"docsbridge-preview__placeholder\" style=\"display:flex;align-items:center;gap:12px;"
                + "padding:16px\">"
                + PreviewIcons.icon(type)
                + "<div style=\"min-width:0\"><div class=\"docsbridge-preview__name\" style=\"font-weight:600;"
                + "color:var(--ds-text,#172b4d);overflow:hidden;text-overflow:ellipsis;white-space:nowrap\">"
                + Html.escape(file.fileName()) + "</div>"
                + "<div class=\"docsbridge-preview__meta\" style=\"color:var(--ds-text-subtle,#44546f);font-size:12px\">"
                + Html.escape(meta) + "</div></div></div></div>";
    }

    private String exportLink(Locale locale, StoredAttachment file) {
        String href = downloadUrl(file);
        return "<p class=\"docsbridge-preview-link\"><a href=\"" + Html.escape(href) + "\">"
                + Html.escape(file.fileName()) + "</a> "
                + Html.escape("(" + text(locale, "docsbridge.preview.version", file.version()) + ")") + "</p>";
    }

    private Rendered noAccess(Locale locale, OutputMode mode, String userKey) {
        String action = "";
        if (userKey == null && mode.interactive()) {
            action = link(hostUrls.loginUrl("/"), text(locale, "docsbridge.preview.noAccess.signIn"));
        }
        return new Rendered(messageBox(Tone.WARNING, text(locale, "docsbridge.preview.noAccess.title"),
                Html.escape(text(locale, "docsbridge.preview.noAccess.message")), action), false);
    }

    private Rendered notConfigured(Locale locale, OutputMode mode, String userKey, StoredAttachment file) {
        String action = link(downloadUrl(file), text(locale, "docsbridge.preview.download", file.fileName()));
        if (userKey != null && permissions.isSystemAdmin(userKey)) {
            action += " · " + link(hostUrls.baseUrl() + "/plugins/servlet/onlyoffice/configure",
                    text(locale, "docsbridge.preview.notConfigured.admin"));
        }
        return new Rendered(messageBox(Tone.INFO, text(locale, "docsbridge.preview.notConfigured.title"),
                Html.escape(text(locale, "docsbridge.preview.notConfigured.message")), action), false);
    }

    private Rendered boxWithDownload(Locale locale, OutputMode mode, StoredAttachment file, String titleKey,
                                     String messageKey) {
        return new Rendered(messageBox(Tone.INFO, text(locale, titleKey),
                Html.escape(text(locale, messageKey, file.fileName())),
                link(downloadUrl(file), text(locale, "docsbridge.preview.download", file.fileName()))), false);
    }

    private Rendered box(Locale locale, OutputMode mode, Tone tone, String titleKey, String messageKey,
                         Object... args) {
        return new Rendered(messageBox(tone, text(locale, titleKey), Html.escape(text(locale, messageKey, args)),
                ""), false);
    }

    /** Inline styles only: the box must read the same in page view, exports and e-mail, with or without our CSS. */
    private static String messageBox(Tone tone, String title, String messageHtml, String actionHtml) {
        String accent = switch (tone) {
            case INFO -> "#0c66e4";
            case WARNING -> "#e2b203";
            case ERROR -> "#c9372c";
        };
        return "<div class=\"docsbridge-preview-message\" role=\"note\" style=\"border:1px solid var(--ds-border,#dfe1e6);"
                + "border-left:4px solid " + accent + ";border-radius:3px;padding:12px 16px;margin:8px 0;"
                + "background:var(--ds-background-neutral,#f7f8f9);color:var(--ds-text,#172b4d)\">"
                + "<strong class=\"docsbridge-preview-message__title\">" + Html.escape(title) + "</strong>"
                + "<div class=\"docsbridge-preview-message__text\">" + messageHtml + "</div>"
                + (actionHtml.isEmpty() ? "" : "<div style=\"margin-top:4px\">" + actionHtml + "</div>")
                + "</div>";
    }

    private static String link(String href, String label) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(label) + "</a>";
    }

    /** Absolute, so that it also works from a PDF or an e-mail. */
    private String downloadUrl(StoredAttachment file) {
        return hostUrls.baseUrl() + "/download/attachments/" + file.pageId() + "/"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.text(locale, key, args);
    }
}
