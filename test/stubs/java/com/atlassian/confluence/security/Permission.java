// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * An abstract class with anonymous subclasses, as in Confluence (not an enum). The constants are not
 * compile-time constants, so call sites link by name through getstatic; the values here only serve tests.
 */
public abstract class Permission implements Serializable {

    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
