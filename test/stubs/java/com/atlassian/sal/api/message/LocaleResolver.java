// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

public interface LocaleResolver {

    Locale getLocale();

    Locale getLocale(UserKey userKey);
}
