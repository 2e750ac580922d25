package app.docsbridge.core.port;

/** Adds one of the app's web-resources to the page being rendered (Confluence writes its tags into the page). */
public interface PageResources {

    /** {@code webResourceKey} is the app's own key, e.g. {@code preview-macro}, without the plugin key. */
    void require(String webResourceKey);
}
