package com.atlassian.confluence.security;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.security.Permission}: the permission
 * constants passed to {@link PermissionManager#hasPermission}. Only the constants Guildhall uses.
 */
public final class Permission {

    public static final Permission VIEW = new Permission("VIEW");
    public static final Permission EDIT = new Permission("EDIT");
    public static final Permission ADMINISTER = new Permission("ADMINISTER");

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
