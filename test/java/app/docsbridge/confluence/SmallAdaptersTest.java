package app.docsbridge.confluence;

import app.docsbridge.core.port.AppUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.RenderingException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The thin adapters: each test checks that the port call reaches the right Confluence call. */
class SmallAdaptersTest {

    @Test
    void hostUrls_shouldUseCanonicalBaseUrlWithoutTrailingSlash() {
        List<UrlMode> modes = new ArrayList<>();
        ApplicationProperties properties = Fakes.applicationProperties(mode -> {
            modes.add(mode);
            return "https://wiki.example.com/confluence/";
        }, null);
        ConfluenceHostUrls urls = new ConfluenceHostUrls(properties,
                returnUri -> URI.create("https://wiki.example.com/confluence/login.action?os_destination=" + returnUri));

        assertEquals("https://wiki.example.com/confluence", urls.baseUrl());
        assertEquals("/confluence", urls.contextPath());
        assertEquals(List.of(UrlMode.CANONICAL, UrlMode.CANONICAL), modes);
        assertEquals("https://wiki.example.com/confluence/login.action?os_destination=/plugins/servlet/x?a=1",
                urls.loginUrl("/plugins/servlet/x?a=1"));
    }

    @Test
    void hostUrls_shouldGiveEmptyContextPathAtRoot() {
        ConfluenceHostUrls urls = new ConfluenceHostUrls(Fakes.applicationProperties(mode -> "https://wiki.example.com/", null), uri -> uri);

        assertEquals("https://wiki.example.com", urls.baseUrl());
        assertEquals("", urls.contextPath());
    }

    @Test
    void clusterLocks_shouldUnlockAfterFailure() {
        Fakes.Locks locks = new Fakes.Locks();
        BeehiveClusterLocks clusterLocks = new BeehiveClusterLocks(locks);

        assertThrows(IOException.class, () -> clusterLocks.withLock("n", () -> {
            throw new IOException("boom");
        }));
        assertEquals(List.of("lock n", "unlock n"), locks.events);
    }

    @Test
    void clusterLocks_shouldReturnResultWhileHoldingLock() throws IOException {
        Fakes.Locks locks = new Fakes.Locks();

        assertEquals(Boolean.TRUE, new BeehiveClusterLocks(locks).withLock("n", () -> locks.isHeld("n")));
    }

    @Test
    void clusterLocks_shouldGiveUpOnABusyLockWithoutRunningTheWork() {
        Fakes.Locks locks = new Fakes.Locks();
        locks.busy.add("n");
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();

        assertThrows(app.docsbridge.core.port.LockBusyException.class, () -> new BeehiveClusterLocks(locks)
                .withLock("n", java.time.Duration.ofMillis(250), () -> {
                    ran.set(true);
                    return null;
                }));
        assertFalse(ran.get());
        assertEquals(List.of("busy n after 250 ms"), locks.events);
    }

    @Test
    void messages_shouldPassNonSerializableArgumentsAsText() {
        List<Object> received = new ArrayList<>();
        ConfluenceMessages messages = new ConfluenceMessages(new com.atlassian.sal.api.message.I18nResolver() {
            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                received.add(locale);
                received.addAll(Arrays.asList(arguments));
                return key + "!";
            }
        });
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "thing";
            }
        };

        assertEquals("app.key!", messages.text(Locale.GERMAN, "app.key", 5, notSerializable, null));
        assertEquals(Arrays.asList(Locale.GERMAN, 5, "thing", null), received);
    }

    @Test
    void renderer_shouldTurnRenderingErrorsIntoIOException() throws IOException {
        StringWriter out = new StringWriter();
        new VelocityPageRenderer((template, context, writer) -> writer.write(template + context)).render(
                "templates/x.vm", Map.of("a", 1), out);
        assertEquals("templates/x.vm{a=1}", out.toString());

        VelocityPageRenderer failing = new VelocityPageRenderer((template, context, writer) -> {
            throw new RenderingException("bad template");
        });
        assertThrows(IOException.class, () -> failing.render("t.vm", Map.of(), new StringWriter()));
    }

    @Test
    void users_shouldMapProfilesAndFallBackToDefaultLocale() {
        UserProfile alice = profile("alice-key", "alice", "Alice A.");
        UserManager userManager = new UserManager() {
            @Override
            public UserProfile getUserProfile(String username) {
                return null;
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }

            @Override
            public UserProfile getRemoteUser() {
                return alice;
            }

            @Override
            public UserProfile getUserProfile(UserKey userKey) {
                return userKey.getStringValue().equals("alice-key") ? alice : null;
            }

            @Override
            public boolean isSystemAdmin(UserKey userKey) {
                return false;
            }
        };
        LocaleResolver locales = new LocaleResolver() {
            @Override
            public Locale getLocale() {
                return Locale.FRENCH;
            }

            @Override
            public Locale getLocale(UserKey userKey) {
                return userKey.getStringValue().equals("alice-key") ? Locale.GERMAN : null;
            }
        };
        ConfluenceUsers users = new ConfluenceUsers(userManager, locales);

        assertEquals(Optional.of(new AppUser("alice-key", "alice", "Alice A.")), users.current());
        assertEquals(Optional.of(new AppUser("alice-key", "alice", "Alice A.")), users.byKey("alice-key"));
        assertEquals(Optional.empty(), users.byKey("bob-key"));
        assertEquals(Optional.empty(), users.byKey(null));
        assertEquals(Locale.GERMAN, users.locale("alice-key"));
        assertEquals(Locale.FRENCH, users.locale("bob-key"));
        assertEquals(Locale.FRENCH, users.locale(null));
    }

    @Test
    void users_shouldBeEmptyForAnonymousRequest() {
        UserManager anonymous = new UserManager() {
            @Override
            public UserProfile getUserProfile(String username) {
                return null;
            }

            @Override
            public boolean isAdmin(UserKey userKey) {
                return false;
            }

            @Override
            public UserProfile getRemoteUser() {
                return null;
            }

            @Override
            public UserProfile getUserProfile(UserKey userKey) {
                return null;
            }

            @Override
            public boolean isSystemAdmin(UserKey userKey) {
                return false;
            }
        };

        assertEquals(Optional.empty(), new ConfluenceUsers(anonymous, null).current());
    }

    private static UserProfile profile(String key, String username, String fullName) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(key);
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getFullName() {
                return fullName;
            }

            @Override
            public String getEmail() {
                return username + "@example.com";
            }

            @Override
            public java.net.URI getProfilePictureUri(int width, int height) {
                return java.net.URI.create("/images/icons/profilepics/" + username + "-" + width + ".png");
            }
        };
    }
}
