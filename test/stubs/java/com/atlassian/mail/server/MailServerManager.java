// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.mail.server;

/**
 * atlassian-mail's server registry, an OSGi service in Confluence. Call sites: Confluence 8.7.2's own e-mail
 * notifications ({@code ConfluenceSystemMailServer.send}: {@code getDefaultSMTPMailServer()} then
 * {@code send(Email)}), bootstrapi's {@code MailServerServiceImpl} (both methods; compiled against Confluence 10.2).
 */
public interface MailServerManager {

    /** Null when no SMTP server is configured. */
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
