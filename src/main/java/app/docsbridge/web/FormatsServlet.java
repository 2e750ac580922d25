package app.docsbridge.web;

import app.docsbridge.core.actions.Action;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.conversion.ConversionService;
import app.docsbridge.core.formats.DownloadOrder;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Messages;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /plugins/servlet/onlyoffice/formats?attachmentId=<id>}: what the current user can do with one
 * attachment through ONLYOFFICE, for the dialogs and the preview button:
 * {@code {id, pageId, fileName, editorUrl, access: "edit"|"view"|null, convert: "docx"|…|null, downloadAs: […]}},
 * plus {@code downloadAsChoices: [{target, extension, label, group}]} (the same targets, most useful first, named for
 * people in their language) and, when Convert is offered, {@code convertPlan: {fileName, upToDate, nameTaken,
 * earlier?}} (what Convert would do) and {@code pageFileNames}. The same decisions as the attachment menu; an
 * attachment the user may not see is answered 404.
 * <p>{@code GET …/formats?pageId=<id>}: {@code {pageId, fileNames}}, the names a new document must not take, for
 * users who may add attachments to the page (404 otherwise).
 * <p>Until the app is configured (Docs address and JWT secret), a visible attachment is answered 503
 * {@code {error: "notConfigured", message}}: no action is offered, and the dialogs say why.
 */
@AnonymousSiteAccess
public class FormatsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient AttachmentStore attachments;
    private final transient Permissions permissions;
    private final transient FormatTable formats;
    private final transient AttachmentActions actions;
    private final transient Users users;
    private final transient HostUrls hostUrls;
    private final transient Messages messages;
    private final transient ConversionService conversions;
    private final transient DownloadOrder order = new DownloadOrder();

    public FormatsServlet(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                          AttachmentActions actions, Users users, HostUrls hostUrls, Messages messages,
                          ConversionService conversions) {
        this.messages = messages;
        this.conversions = conversions;
        this.attachments = attachments;
        this.permissions = permissions;
        this.formats = formats;
        this.actions = actions;
        this.users = users;
        this.hostUrls = hostUrls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong attachmentId = RequestParams.positiveLong(request, "attachmentId");
        String userKey = users.current().map(AppUser::key).orElse(null);
        OptionalLong pageId = RequestParams.positiveLong(request, "pageId");
        if (attachmentId.isEmpty() && pageId.isPresent()) {
            pageFileNames(response, userKey, pageId.getAsLong());
            return;
        }
        if (attachmentId.isEmpty()) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest"));
            return;
        }
        Optional<StoredAttachment> found = attachments.find(attachmentId.getAsLong())
                .filter(a -> permissions.canView(userKey, a.id()));
        if (found.isEmpty()) {
            // An anonymous visitor (typically: whose session ended) may see it after logging in.
            JsonResponses.send(response, userKey == null ? 401 : 404,
                    Map.of("error", userKey == null ? "loginRequired" : "notFound"));
            return;
        }
        if (!actions.isReady()) {
            // A dialog opened from a list loaded before the settings went: say why nothing is offered, rather than
            // "this file cannot be downloaded in another format".
            JsonResponses.send(response, 503, ActionRequests.error("notConfigured",
                    messages.text(users.locale(userKey), "docsbridge.action.error.notConfigured")));
            return;
        }
        StoredAttachment attachment = found.get();
        long id = attachment.id();
        Optional<Format> format = formats.find(attachment.extension());
        Map<String, Object> json = ActionRequests.describe(attachment, hostUrls);
        json.put("access", actions.allows(Action.EDIT, userKey, id) ? "edit"
                : actions.allows(Action.VIEW, userKey, id) ? "view" : null);
        String convert = format.isPresent() && actions.allows(Action.CONVERT, userKey, id)
                ? actions.convertTarget(format.get()).orElse(null) : null;
        json.put("convert", convert);
        List<DownloadOrder.Choice> choices = format.isPresent() && actions.allows(Action.DOWNLOAD_AS, userKey, id)
                ? order.order(format.get().convertTargets()) : List.of();
        json.put("downloadAs", choices.stream().map(DownloadOrder.Choice::target).toList());
        Locale locale = users.locale(userKey);
        List<Map<String, Object>> named = new ArrayList<>();
        for (DownloadOrder.Choice choice : choices) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("target", choice.target());
            c.put("extension", choice.extension());
            c.put("label", messages.text(locale, "docsbridge.format." + choice.target()));
            c.put("group", choice.group());
            named.add(c);
        }
        json.put("downloadAsChoices", named);
        if (convert != null) {
            ConversionService.Plan plan = conversions.plan(userKey, attachment, convert);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("fileName", plan.fileName());
            p.put("upToDate", plan.upToDate());
            p.put("nameTaken", plan.nameTaken());
            if (plan.earlier() != null) {
                Map<String, Object> earlier = ActionRequests.describe(plan.earlier(), hostUrls);
                earlier.put("version", plan.earlier().version());
                p.put("earlier", earlier);
            }
            json.put("convertPlan", p);
            json.put("pageFileNames", fileNames(attachment.pageId()));
        }
        JsonResponses.send(response, 200, json);
    }

    private void pageFileNames(HttpServletResponse response, String userKey, long pageId) throws IOException {
        if (!permissions.canAddAttachments(userKey, pageId)) {
            JsonResponses.send(response, userKey == null ? 401 : 404,
                    Map.of("error", userKey == null ? "loginRequired" : "notFound"));
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pageId", pageId);
        json.put("fileNames", fileNames(pageId));
        JsonResponses.send(response, 200, json);
    }

    private List<String> fileNames(long pageId) {
        return attachments.listOnPage(pageId).stream().map(StoredAttachment::fileName).toList();
    }
}
