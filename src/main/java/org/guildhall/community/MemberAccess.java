package org.guildhall.community;

import org.guildhall.platform.SpaceGrant.Access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the members group of a private community may do in its space, as the space admin chose. */
public enum MemberAccess {
    /** View the space. */
    VIEW(List.of(Access.VIEW)),
    /** View the space and comment. */
    COMMENT(List.of(Access.VIEW, Access.COMMENT)),
    /** View, comment and add pages. */
    CONTRIBUTE(List.of(Access.VIEW, Access.COMMENT, Access.ADD_PAGES));

    static final MemberAccess DEFAULT = COMMENT;

    private final List<Access> grants;

    MemberAccess(List<Access> grants) {
        this.grants = grants;
    }

    /** @return the kinds of access the members group gets */
    public List<Access> grants() {
        return grants;
    }

    /** @return the lower-case name used in JSON */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the access named (any case), the default for null or blank, or empty for an unknown name */
    public static Optional<MemberAccess> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DEFAULT);
        }
        for (MemberAccess access : values()) {
            if (access.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }
}
