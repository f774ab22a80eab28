package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.user.UserKey} (sal-api): the stable, opaque key of a
 * user that survives renames. Guildhall stores people only by this key.
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey valueOf(String userkey) {
        return userkey == null ? null : new UserKey(userkey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && ((UserKey) other).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
