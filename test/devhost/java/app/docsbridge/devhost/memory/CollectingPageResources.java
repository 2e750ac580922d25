package app.docsbridge.devhost.memory;

import app.docsbridge.core.port.PageResources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PageBuilderService's part for the dev host: what the macros of the page being rendered (this thread) required.
 * The page writes their tags once each, after the body, as Confluence writes required resources.
 */
public final class CollectingPageResources implements PageResources {

    private final String pluginKey;
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    public CollectingPageResources(String pluginKey) {
        this.pluginKey = pluginKey;
    }

    @Override
    public void require(String webResourceKey) {
        required.get().add(pluginKey + ":" + webResourceKey);
    }

    /** The complete keys required since the last call, and forgets them. */
    public List<String> drain() {
        List<String> keys = new ArrayList<>(required.get());
        required.remove();
        return keys;
    }
}
