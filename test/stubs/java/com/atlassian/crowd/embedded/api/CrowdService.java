// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.crowd.embedded.api;

/**
 * Crowd's embedded user directory service, exported by Confluence. Call site: Confluence 8.7.2's bundled rate-limiting
 * plugin, {@code CrowdUserService.searchUsersForUserPicker} ({@code crowdService.search((Query) new UserQuery(…))}).
 */
public interface CrowdService {

    <T> Iterable<T> search(Query<T> query);
}
