// Compile-only stub of an Atlassian API type (see ../shared/reference/atlassian-api.md); never packaged.
// Source: Confluence 8.7.2 (decompiled, ngannk-fptu/Decompiled-Files): a concrete class with a public no-argument
// constructor; getId() (from EntityObject) is what DefaultWebInterfaceContext.setSpace puts under "spaceid".
// Only the dev host uses it (to hand web-item conditions the context Confluence hands them); the app does not.
package com.atlassian.confluence.spaces;

public class Space {

    private long id;
    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
