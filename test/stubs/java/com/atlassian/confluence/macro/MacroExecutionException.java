// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: Confluence 8.7.2 com/atlassian/confluence/macro/MacroExecutionException (checked, extends Exception).
package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
