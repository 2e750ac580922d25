package app.docsbridge.confluence;

import app.docsbridge.core.port.EmailVisibility;
import app.docsbridge.core.port.PeopleDirectory;
import app.docsbridge.core.port.Person;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.query.entity.UserQuery;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestrictionImpl;
import com.atlassian.crowd.search.query.entity.restriction.MatchMode;
import com.atlassian.crowd.search.query.entity.restriction.TermRestriction;
import com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * People through Crowd's embedded directory service, searched as Confluence's own user picker back end does
 * (Confluence 8.7.2's bundled rate-limiting plugin, {@code CrowdUserService.searchUsersForUserPicker}: a {@code
 * UserQuery} over username, display name and e-mail with {@code MatchMode.CONTAINS}), limited to active users, and
 * turned into SAL profiles for the user key. E-mail visibility is Confluence's global setting ({@code
 * Settings.getEmailAddressVisibility()}, read by Confluence's REST {@code UserEntityBuilder.getDisplayableEmail()}).
 */
public class ConfluencePeopleDirectory implements PeopleDirectory {

    private final CrowdService crowdService;
    private final UserManager userManager;
    private final SettingsManager settingsManager;

    public ConfluencePeopleDirectory(CrowdService crowdService, UserManager userManager,
                                     SettingsManager settingsManager) {
        this.crowdService = crowdService;
        this.userManager = userManager;
        this.settingsManager = settingsManager;
    }

    @Override
    public List<Person> search(String text, int start, int max) {
        SearchRestriction active = new TermRestriction<>(UserTermKeys.ACTIVE, MatchMode.EXACTLY_MATCHES, Boolean.TRUE);
        SearchRestriction restriction = text == null || text.isBlank() ? active
                : new BooleanRestrictionImpl(BooleanRestriction.BooleanLogic.AND, active,
                        new BooleanRestrictionImpl(BooleanRestriction.BooleanLogic.OR,
                                new TermRestriction<>(UserTermKeys.USERNAME, MatchMode.CONTAINS, text),
                                new TermRestriction<>(UserTermKeys.DISPLAY_NAME, MatchMode.CONTAINS, text),
                                new TermRestriction<>(UserTermKeys.EMAIL, MatchMode.CONTAINS, text)));
        return people(new UserQuery<>(String.class, restriction, start, max));
    }

    @Override
    public List<Person> withEmail(String email) {
        SearchRestriction restriction = new BooleanRestrictionImpl(BooleanRestriction.BooleanLogic.AND,
                new TermRestriction<>(UserTermKeys.ACTIVE, MatchMode.EXACTLY_MATCHES, Boolean.TRUE),
                new TermRestriction<>(UserTermKeys.EMAIL, MatchMode.EXACTLY_MATCHES, email));
        return people(new UserQuery<>(String.class, restriction, 0, 10));
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return userKey == null || userKey.isEmpty() ? Optional.empty()
                : person(userManager.getUserProfile(new UserKey(userKey)));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return username == null || username.isEmpty() ? Optional.empty()
                : person(userManager.getUserProfile(username));
    }

    @Override
    public EmailVisibility emailVisibility() {
        Settings settings = settingsManager.getGlobalSettings();
        return EmailVisibility.of(settings == null ? null : settings.getEmailAddressVisibility());
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return userKey != null && userManager.isAdmin(new UserKey(userKey));
    }

    /** A query with {@code String.class} answers usernames; SAL gives each one's key, name and address. */
    private List<Person> people(UserQuery<String> query) {
        List<Person> found = new ArrayList<>();
        for (String username : crowdService.search(query)) {
            byUsername(username).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Person> person(UserProfile profile) {
        if (profile == null || profile.getUserKey() == null) {
            return Optional.empty();
        }
        return Optional.of(new Person(profile.getUserKey().getStringValue(), profile.getUsername(),
                profile.getFullName(), profile.getEmail()));
    }
}
