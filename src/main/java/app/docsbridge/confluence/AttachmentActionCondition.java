package app.docsbridge.confluence;

import app.docsbridge.core.actions.Action;
import app.docsbridge.core.actions.AllowedActions;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.port.Users;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows an attachment's web item (Edit, View, Convert, Download as) only when the core would allow that action,
 * so that the menu never offers what the servlet then refuses. One instance per web item ({@code action} param;
 * convert items also name their {@code target}, e.g. {@code docx}, and show only for files that convert to it).
 *
 * <p>Cost per row: Confluence puts the row's {@link Attachment} into the context of every {@code system.attachment}
 * item ({@code ViewPageAttachmentsAction.getWebInterfaceContext(context, attachment)} sets it with
 * {@code DefaultWebInterfaceContext.setAttachment}, and {@code DefaultWebInterfaceManager.filterFragmentsByCondition}
 * hands the same map to each item's condition; Confluence 8.7.2, decompiled). So the attachment is taken from there,
 * never looked up again, and remembered for this request for the permission checks; the actions are decided once
 * per request, user and version ({@link AttachmentActions#allowed}) and shared by all seven items.
 */
public class AttachmentActionCondition implements Condition {

    private final AttachmentActions actions;
    private final Users users;
    private final RequestScope request;
    private Action action;
    private String target;

    public AttachmentActionCondition(AttachmentActions actions, Users users, RequestScope request) {
        this.actions = actions;
        this.users = users;
        this.request = request;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        String value = params == null ? null : params.get("action");
        if (value == null) {
            throw new PluginParseException("missing condition parameter 'action'");
        }
        try {
            action = Action.fromParam(value);
        } catch (IllegalArgumentException e) {
            throw new PluginParseException("unknown action '" + value + "'", e);
        }
        target = params.get("target");
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        // Historical versions get no actions: only the latest version may be opened or saved over.
        if (action == null || !(context.get("attachment") instanceof Attachment attachment)
                || !attachment.isLatestVersion()) {
            return false;
        }
        RequestAttachments.remember(request, attachment);
        String userKey = request.remember("currentUserKey", () -> users.current().map(AppUser::key).orElse(""));
        AllowedActions allowed = actions.allowed(userKey.isEmpty() ? null : userKey,
                ConfluenceAttachmentStore.toStored(attachment, attachment.getId()));
        return action == Action.CONVERT && target != null ? allowed.allowsConvertTo(target) : allowed.allows(action);
    }
}
