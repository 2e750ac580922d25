package app.docsbridge.confluence;

import app.docsbridge.core.port.AppUser;
import app.docsbridge.core.port.Permissions;
import app.docsbridge.core.port.Users;
import app.docsbridge.core.settings.AppSettings;
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

    private final Permissions permissions;
    private final Users users;
    private final AppSettings settings;

    public CreateDocumentCondition(Permissions permissions, Users users, AppSettings settings) {
        this.permissions = permissions;
        this.users = users;
        this.settings = settings;
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
        return userKey.isPresent() && settings.snapshot().isReady() && permissions.canAddAttachments(userKey.get(), page.getId());
    }
}
