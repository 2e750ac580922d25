package app.docsbridge.devhost.descriptor;

/** A {@code <resource type="download">}: a class-path file served under a name (a name ending in "/" is a folder). */
public record DownloadResource(String name, String location) {

    public boolean isFolder() {
        return name.endsWith("/");
    }
}
