package com.atlassian.crowd.search.query.entity.restriction.constants;

import com.atlassian.crowd.search.query.entity.restriction.Property;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys}: the
 * user properties a search can restrict. Only the two Guildhall searches by, with crowd's property names.
 */
public final class UserTermKeys {

    public static final Property<String> USERNAME = new StringProperty("name");
    public static final Property<String> DISPLAY_NAME = new StringProperty("displayName");

    private UserTermKeys() {
    }

    private record StringProperty(String getPropertyName) implements Property<String> {

        @Override
        public Class<String> getPropertyType() {
            return String.class;
        }
    }
}
