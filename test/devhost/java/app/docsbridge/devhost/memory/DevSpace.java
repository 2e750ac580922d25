package app.docsbridge.devhost.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The one space, DEV, with its two pages; anonymous viewing is off until a test turns it on. */
public final class DevSpace {

    public static final String KEY = "DEV";
    public static final String NAME = "Development";

    private final List<DevPage> pages = List.of(new DevPage(1001, "Project plan"), new DevPage(1002, "Meeting notes"));
    private final AtomicBoolean anonymousView = new AtomicBoolean(false);

    public List<DevPage> pages() {
        return pages;
    }

    public Optional<DevPage> page(long id) {
        return pages.stream().filter(p -> p.id() == id).findFirst();
    }

    public boolean anonymousView() {
        return anonymousView.get();
    }

    public void setAnonymousView(boolean allowed) {
        anonymousView.set(allowed);
    }
}
