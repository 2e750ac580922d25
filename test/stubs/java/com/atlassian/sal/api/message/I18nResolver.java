// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

public interface I18nResolver {

    String getText(Locale locale, String key, Serializable... arguments);
}
