package org.guildhall.platform;

import java.util.Locale;

/**
 * One permission Confluence grants in a space: a subject (a group by name, a user by user key, or anonymous
 * visitors) allowed one kind of access.
 *
 * @param name the group name or user key; empty for anonymous
 */
public record SpaceGrant(Subject subject, String name, Access access) {

    public SpaceGrant {
        name = subject == Subject.ANONYMOUS ? "" : name;
    }

    public static SpaceGrant group(String group, Access access) {
        return new SpaceGrant(Subject.GROUP, group, access);
    }

    public static SpaceGrant user(String userKey, Access access) {
        return new SpaceGrant(Subject.USER, userKey, access);
    }

    public static SpaceGrant anonymous(Access access) {
        return new SpaceGrant(Subject.ANONYMOUS, "", access);
    }

    /** Who a grant is for. */
    public enum Subject {
        GROUP, USER, ANONYMOUS;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kinds of access Guildhall reads and grants; Confluence knows more, which Guildhall leaves alone. */
    public enum Access {
        VIEW, COMMENT, ADD_PAGES, ADMINISTER;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
