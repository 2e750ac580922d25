package app.docsbridge.core.port;

/**
 * Tells the app when an attachment, or one version of it, is about to be deleted for good (not trashed: a trashed
 * attachment can come back). Confluence says so on the node where the deletion happens, before the data goes
 * (decisions/0014-history-storage.md).
 */
public interface RemovalEvents {

    /** What a removal means to the app. Called on the deleting request's thread: quick, and never throwing. */
    interface Listener {

        /** All versions of the attachment are being deleted. */
        void attachmentRemoved(long attachmentId);

        /** One version is being deleted; {@code version} describes it (number, size, time) as it still is. */
        void versionRemoved(StoredAttachment version);
    }

    /**
     * Delivers removals to {@code listener} from now on. False when this Confluence cannot tell (its event classes
     * were not found): the app then relies on ignoring data that no longer matches a version.
     */
    boolean subscribe(Listener listener);

    void unsubscribe(Listener listener);
}
