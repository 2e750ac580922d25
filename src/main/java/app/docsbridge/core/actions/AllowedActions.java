package app.docsbridge.core.actions;

import java.util.Optional;

/**
 * Everything one user may do with one version of an attachment, decided at once so that the attachment menu's
 * items (Edit, View, four Convert targets, Download as) share one decision instead of each deciding again.
 */
public record AllowedActions(boolean edit, boolean view, Optional<String> convertTarget, boolean downloadAs) {

    public static final AllowedActions NONE = new AllowedActions(false, false, Optional.empty(), false);

    public boolean allows(Action action) {
        return switch (action) {
            case EDIT -> edit;
            case VIEW -> view;
            case CONVERT -> convertTarget.isPresent();
            case DOWNLOAD_AS -> downloadAs;
        };
    }

    /** "Convert to {@code target}": allowed, and {@code target} is the one format this file converts to. */
    public boolean allowsConvertTo(String target) {
        return convertTarget.filter(t -> t.equalsIgnoreCase(target)).isPresent();
    }
}
