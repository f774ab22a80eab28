package org.guildhall.admin;

/**
 * Who may turn a space into a community: every space administrator ({@code space-admins}, the default), or only space
 * administrators who belong to one Confluence group ({@code group}). System administrators always may.
 *
 * @param who   {@code space-admins} or {@code group}
 * @param group the Confluence group when {@code who} is {@code group}, else null
 */
public record CommunityCreators(String who, String group) {

    public static final String SPACE_ADMINS = "space-admins";
    public static final String GROUP = "group";
    public static final CommunityCreators DEFAULT = new CommunityCreators(SPACE_ADMINS, null);

    public boolean restrictedToGroup() {
        return GROUP.equals(who);
    }
}
