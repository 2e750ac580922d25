package app.docsbridge.devhost.memory;

/** A page of the DEV space. */
public record DevPage(long id, String title) {
}
