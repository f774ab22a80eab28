package com.atlassian.confluence.spaces;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.spaces.Space} (a class in Confluence).
 * Only the members Guildhall calls; a host creates instances through the constructor below.
 */
public class Space {

    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
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
