package app.docsbridge.confluence;

import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Users;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;

import java.util.Map;
import java.util.Optional;

/**
 * Shows "New document" only to signed-in users who may add attachments to the page in the context, the same check
 * the create endpoint makes.
 */
public class CreateDocumentCondition implements Condition {

    private final AttachmentActions actions;
    private final Users users;

    public CreateDocumentCondition(AttachmentActions actions, Users users) {
        this.actions = actions;
        this.users = users;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("page") instanceof ContentEntityObject page)) {
            return false;
        }
        Optional<String> userKey = users.current().map(AppUser::key);
        // Until the app is configured, a new document could not be opened: not offered.
        return userKey.isPresent() && actions.isReady() && actions.canAddAttachments(userKey.get(), page.getId());
    }
}
