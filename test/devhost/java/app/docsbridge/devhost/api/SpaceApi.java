package app.docsbridge.devhost.api;

import app.docsbridge.devhost.memory.DevSpace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /devhost/api/space}: the DEV space; POST {@code {"anonymousView": true|false, "restrictedPages": [ids]}}
 * (either or both) changes its anonymous access and which pages only system administrators may view.
 */
public final class SpaceApi extends StateApi {

    private final transient DevSpace space;

    public SpaceApi(DevSpace space) {
        this.space = space;
    }

    @Override
    Optional<String> change(Map<String, Object> body) {
        Object anonymous = body.get("anonymousView");
        Object restricted = body.get("restrictedPages");
        if ((anonymous == null && restricted == null) || (anonymous != null && !(anonymous instanceof Boolean))) {
            return Optional.of("anonymousView must be true or false");
        }
        Set<Long> pages = new HashSet<>();
        if (restricted != null) {
            if (!(restricted instanceof List<?> ids) || !ids.stream().allMatch(id -> id instanceof Number)) {
                return Optional.of("restrictedPages must be a list of page ids");
            }
            ids.forEach(id -> pages.add(((Number) id).longValue()));
        }
        if (anonymous instanceof Boolean allowed) {
            space.setAnonymousView(allowed);
        }
        if (restricted != null) {
            space.setRestrictedPages(pages);
        }
        return Optional.empty();
    }

    @Override
    Map<String, Object> describe() {
        // The answer stays {key, name, anonymousView}: that is the contract other tests rely on.
        return Map.of("key", DevSpace.KEY, "name", DevSpace.NAME, "anonymousView", space.anonymousView());
    }
}
