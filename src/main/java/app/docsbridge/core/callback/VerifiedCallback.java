package app.docsbridge.core.callback;

import app.docsbridge.core.links.CallbackLink;

import java.util.List;
import java.util.Map;

/** A callback whose link and Document Server token both verified; {@code payload} is the token's content only. */
record VerifiedCallback(CallbackLink link, Map<String, Object> payload) {

    int status() {
        return payload.get("status") instanceof Number n ? n.intValue() : -1;
    }

    String key() {
        return payload.get("key") instanceof String s ? s : null;
    }

    String url() {
        return payload.get("url") instanceof String s && !s.isEmpty() ? s : null;
    }

    String fileType() {
        return payload.get("filetype") instanceof String s ? s.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The Document Server's word that the file equals the last forcesaved one. */
    boolean notModified() {
        return Boolean.TRUE.equals(payload.get("notmodified"));
    }

    String lastSave() {
        return payload.get("lastsave") instanceof String s ? s : "";
    }

    /** Status 1: the edit-mode users connected now (ids are Confluence user keys). */
    List<String> users() {
        if (payload.get("users") instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** With statuses 2 and 6 the Document Server names the user who made the last change first. */
    String lastChanger() {
        if (payload.get("users") instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String id) {
            return id;
        }
        return null;
    }
}
