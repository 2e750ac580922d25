// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
