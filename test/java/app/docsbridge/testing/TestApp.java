package app.docsbridge.testing;

import app.docsbridge.core.recovery.ForgottenFiles;
import app.docsbridge.core.recovery.RecoverySweep;
import app.docsbridge.core.port.RequestScope;
import app.docsbridge.core.actions.AttachmentActions;
import app.docsbridge.core.activity.EditingActivity;
import app.docsbridge.core.callback.CallbackProcessor;
import app.docsbridge.core.callback.VersionComments;
import app.docsbridge.core.docs.DocsClient;
import app.docsbridge.core.docs.SpoolFiles;
import app.docsbridge.core.editor.EditorConfigService;
import app.docsbridge.core.formats.FormatTable;
import app.docsbridge.core.history.HistoryRecorder;
import app.docsbridge.core.history.HistoryService;
import app.docsbridge.core.keys.DocumentKeys;
import app.docsbridge.core.links.SignedLinks;
import app.docsbridge.core.recovery.SaveProblems;
import app.docsbridge.core.settings.AppSettings;
import app.docsbridge.core.people.MentionMailStatus;

/**
 * The app's core wired to the in-memory fakes, the way the plugin wires it to Confluence. Settings start with a
 * Docs address and a JWT secret; tests change {@link #settingsStore} as they need.
 */
public final class TestApp {

    public static final String SECRET = "docs-shared-secret-0123456789abcdef";
    public static final String CONFLUENCE = "https://wiki.example.com/confluence";
    public static final String DOCS = "https://docs.example.com";

    private static final FormatTable FORMATS = new FormatTable();

    public final MutableTimeSource time = new MutableTimeSource();
    public final MemorySettingsStore settingsStore = new MemorySettingsStore()
            .put("docsUrl", DOCS)
            .put("jwtSecret", SECRET);
    public final MemoryAttachmentStore attachments = new MemoryAttachmentStore(time);
    public final MemoryPermissions permissions = new MemoryPermissions();
    public final MemoryUsers users = new MemoryUsers();
    public final LocalClusterLocks locks = new LocalClusterLocks();
    public final FixedHostUrls hostUrls = FixedHostUrls.of(CONFLUENCE);
    public final AppSettings settings = new AppSettings(settingsStore, hostUrls, locks, RequestScope.NONE);
    public final FormatTable formats = FORMATS;
    public final RecordingMailServer mail = new RecordingMailServer();
    public final MentionMailStatus mentionMail = new MentionMailStatus(settingsStore, locks, time);
    public final DocumentKeys keys = new DocumentKeys(attachments, settings);
    public final SignedLinks links = new SignedLinks(settings, time);
    public final DocsClient docs = new DocsClient(settings, time);
    public final AttachmentActions actions = new AttachmentActions(attachments, permissions, formats, settings,
            RequestScope.NONE);
    public final EditorConfigService editors = new EditorConfigService(attachments, permissions, users, formats,
            actions, settings, keys, links, hostUrls, time);
    public final SpoolFiles spool = SpoolFiles.in(spoolDir());
    public final SaveProblems problems = new SaveProblems(settingsStore, locks, time);
    public final EditingActivity activity = new EditingActivity(attachments, time);
    public final MemoryHistoryStore historyStore = new MemoryHistoryStore();
    public final HistoryRecorder historyRecorder = new HistoryRecorder(historyStore, attachments, docs, locks);
    public final VersionComments comments = new VersionComments(new PropertiesMessages(), users);
    public final HistoryService history = new HistoryService(attachments, historyStore, permissions, users, actions,
            settings, keys, links, docs, locks, activity, time, comments);
    public final CallbackProcessor callbacks = new CallbackProcessor(attachments, permissions, users, formats,
            settings, keys, links, docs, locks, time, activity, spool, problems, new PropertiesMessages(),
            historyRecorder);
    public final ForgottenFiles forgotten = new ForgottenFiles(docs, settings, keys, attachments, permissions, users,
            problems, callbacks, time, activity);
    public final RecoverySweep recoverySweep = new RecoverySweep(forgotten, problems, settingsStore, locks, time);

    private static java.nio.file.Path spoolDir() {
        try {
            return java.nio.file.Files.createTempDirectory("docsbridge-test-spool");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public TestApp set(String setting, String value) {
        settingsStore.put(setting, value);
        return this;
    }
}
