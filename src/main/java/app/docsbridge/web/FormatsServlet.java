package app.docsbridge.web;

import app.docsbridge.core.actions.Action;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.formats.Format;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.AttachmentStore;
import app.docsbridge.core.port.HostUrls;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.StoredAttachment;
import app.docsbridge.core.port.Users;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /plugins/servlet/onlyoffice/formats?attachmentId=<id>}: what the current user can do with one
 * attachment through ONLYOFFICE, for the dialogs and the preview button:
 * {@code {id, pageId, fileName, editorUrl, access: "edit"|"view"|null, convert: "docx"|…|null, downloadAs: […]}}.
 * The same decisions as the attachment menu; an attachment the user may not see is answered 404.
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

    public FormatsServlet(AttachmentStore attachments, Permissions permissions, FormatTable formats,
                          AttachmentActions actions, Users users, HostUrls hostUrls) {
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
        if (attachmentId.isEmpty()) {
            JsonResponses.send(response, 400, Map.of("error", "badRequest"));
            return;
        }
        String userKey = users.current().map(AppUser::key).orElse(null);
        Optional<StoredAttachment> found = attachments.find(attachmentId.getAsLong())
                .filter(a -> permissions.canView(userKey, a.id()));
        if (found.isEmpty()) {
            // An anonymous visitor (typically: whose session ended) may see it after logging in.
            JsonResponses.send(response, userKey == null ? 401 : 404,
                    Map.of("error", userKey == null ? "loginRequired" : "notFound"));
            return;
        }
        StoredAttachment attachment = found.get();
        long id = attachment.id();
        Optional<Format> format = formats.find(attachment.extension());
        Map<String, Object> json = ActionRequests.describe(attachment, hostUrls);
        json.put("access", actions.allows(Action.EDIT, userKey, id) ? "edit"
                : actions.allows(Action.VIEW, userKey, id) ? "view" : null);
        json.put("convert", format.isPresent() && actions.allows(Action.CONVERT, userKey, id)
                ? actions.convertTarget(format.get()).orElse(null) : null);
        json.put("downloadAs", format.isPresent() && actions.allows(Action.DOWNLOAD_AS, userKey, id)
                ? format.get().convertTargets() : List.of());
        JsonResponses.send(response, 200, json);
    }
}
