// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

/** Really extends ContentEntityManager; only the member the adapters call is declared. */
public interface PageManager {

    /** A page or blog post; null for other ids. */
    AbstractPage getAbstractPage(long id);
}
