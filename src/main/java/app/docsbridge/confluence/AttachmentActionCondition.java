package app.docsbridge.confluence;

import app.docsbridge.core.actions.Action;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows an attachment's web item (Edit, View, Convert, Download as) only when the core would allow that action,
 * so that the menu never offers what the servlet then refuses. One instance per web item ({@code action} param;
 * convert items also name their {@code target}, e.g. {@code docx}, and show only for files that convert to it).
 */
public class AttachmentActionCondition implements Condition {

    private final AttachmentActions actions;
    private final Users users;
    private Action action;
    private String target;

    public AttachmentActionCondition(AttachmentActions actions, Users users) {
        this.actions = actions;
        this.users = users;
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
        String userKey = users.current().map(AppUser::key).orElse(null);
        if (action == Action.CONVERT && target != null) {
            return actions.allowsConvertTo(userKey, attachment.getId(), target);
        }
        return actions.allows(action, userKey, attachment.getId());
    }
}
