package org.guildhall.workbench.content;

import java.util.Set;

/**
 * One space permission as Confluence 7+ shapes it: a subject (a user by user key, a group by name, or anonymous)
 * allowed one operation in a space.
 *
 * @param operation {@code read} (view the space), {@code create} (add pages), {@code comment} or {@code administer}
 */
public record SpacePermission(long id, String spaceKey, SubjectType subjectType, String subject, String operation) {

    public static final String READ = "read";
    public static final String CREATE = "create";
    public static final String ADMINISTER = "administer";
    public static final String COMMENT = "comment";
    public static final Set<String> OPERATIONS = Set.of(READ, CREATE, ADMINISTER);

    /** Who a permission is granted to. */
    public enum SubjectType {
        USER, GROUP, ANONYMOUS;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
