package com.atlassian.confluence.spaces;

import com.atlassian.confluence.security.SpacePermission;

import java.util.ArrayList;
import java.util.List;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.spaces.Space} (a class in Confluence).
 * Only the members Guildhall calls; a host creates instances through the constructor below. {@code getPermissions()}
 * returns the space's permission grants (javadoc ConfluenceServer {@code Space#getPermissions()},
 * {@code List<SpacePermission>}); a host may override it to load them lazily.
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

    public List<SpacePermission> getPermissions() {
        return new ArrayList<>();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
