package app.docsbridge.devhost.seed;

import app.docsbridge.core.port.AttachmentStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/** Puts the sample files on page 1001, uploaded by admin, through the same port the app uses. */
public final class Seeder {

    public static final long SEED_PAGE = 1001;

    private Seeder() {
    }

    public static void seed(AttachmentStore store, String uploaderKey) throws IOException {
        for (Map.Entry<String, byte[]> file : SampleFiles.all().entrySet()) {
            byte[] bytes = file.getValue();
            store.create(SEED_PAGE, file.getKey(), null, uploaderKey, new ByteArrayInputStream(bytes), bytes.length);
        }
    }
}
