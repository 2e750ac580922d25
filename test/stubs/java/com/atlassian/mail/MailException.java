// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.mail;

public class MailException extends Exception {

    private static final long serialVersionUID = 1L;
}
