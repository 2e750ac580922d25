package app.docsbridge.devhost.descriptor;

import java.util.Optional;

/** A {@code <web-item>}: a link Confluence renders in {@code section} when its condition holds. */
public record WebItemModule(String key, String section, int weight, String labelKey, String tooltipKey,
                            String link, String linkId, String styleClass, Optional<ConditionNode> condition) {
}
