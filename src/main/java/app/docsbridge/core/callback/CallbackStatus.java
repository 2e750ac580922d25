package app.docsbridge.core.callback;

/** The Document Server's callback statuses (docs: callback handler). */
final class CallbackStatus {

    static final int EDITING = 1;
    static final int MUST_SAVE = 2;
    static final int CORRUPTED = 3;
    static final int CLOSED = 4;
    static final int MUST_FORCE_SAVE = 6;
    static final int CORRUPTED_FORCE_SAVE = 7;

    private CallbackStatus() {
    }
}
