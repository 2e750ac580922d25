// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
package com.atlassian.confluence.pages;

public class BlogPost extends AbstractPage {

    public BlogPost() {
    }
}
