package app.docsbridge.core.port;

import java.io.IOException;

/** A cluster lock stayed taken for longer than the caller would wait: try again later. */
public class LockBusyException extends IOException {

    private static final long serialVersionUID = 1L;

    public LockBusyException(String name) {
        super("another request holds the lock " + name + "; try again later");
    }
}
