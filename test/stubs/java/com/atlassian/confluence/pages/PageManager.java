// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

import java.util.Calendar;

/** Really extends ContentEntityManager; only the members the adapters call are declared. */
public interface PageManager {

    /** A page or blog post; null for other ids. */
    AbstractPage getAbstractPage(long id);

    /**
     * The current page with this title in the space, or null. [P8] PageManager.getPage(String, String) returns
     * Page; called by the ONLYOFFICE connector 7.4.2 (built against 10.0.3), DefaultContentResolver.
     */
    Page getPage(String spaceKey, String title);

    /** The blog post of that day with this title, or null. [P8] returns BlogPost; called by the same connector. */
    BlogPost getBlogPost(String spaceKey, String title, Calendar postingDay);
}
