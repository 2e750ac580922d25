// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.setup.settings;

public class Settings {

    /** {@code email.address.public}, {@code email.address.masked} or {@code email.address.private}. */
    public String getEmailAddressVisibility() {
        return null;
    }
}
