package org.guildhall.community;

import org.guildhall.platform.SpaceGrant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Exactly what making a community private will change in Confluence, for the space admin to confirm.
 *
 * @param group          the community's members group
 * @param createGroup    whether the group has to be created
 * @param membersToAdd   user keys of community members who are not in the group yet
 * @param grantsToAdd    the members group's grants that the space does not have yet
 * @param grantsToRemove view grants broader than the community: other groups, individual non-members, anonymous
 * @param grantsKept     view grants that stay because their subject administers the space (space admins always keep
 *                       access)
 * @param displayNames   display names of the people named above, by user key (not part of the token)
 */
public record PrivacyPlan(String spaceKey, String group, boolean createGroup, MemberAccess memberAccess,
                          List<String> membersToAdd, List<SpaceGrant> grantsToAdd, List<SpaceGrant> grantsToRemove,
                          List<SpaceGrant> grantsKept, Map<String, String> displayNames) {

    public PrivacyPlan {
        membersToAdd = List.copyOf(membersToAdd);
        grantsToAdd = List.copyOf(grantsToAdd);
        grantsToRemove = List.copyOf(grantsToRemove);
        grantsKept = List.copyOf(grantsKept);
        displayNames = Map.copyOf(displayNames);
    }

    /**
     * @return a digest of every change in the plan: the space admin confirms this token, and the plan is applied only
     *         while the space's current plan has the same one
     */
    public String token() {
        StringBuilder text = new StringBuilder()
                .append(spaceKey).append('\n').append(group).append('\n').append(createGroup).append('\n')
                .append(memberAccess).append('\n').append(String.join(",", membersToAdd)).append('\n');
        grantsToAdd.forEach(grant -> text.append("+").append(grant).append('\n'));
        grantsToRemove.forEach(grant -> text.append("-").append(grant).append('\n'));
        grantsKept.forEach(grant -> text.append("=").append(grant).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** @return true when applying the plan changes nothing in Confluence */
    public boolean changesNothing() {
        return !createGroup && membersToAdd.isEmpty() && grantsToAdd.isEmpty() && grantsToRemove.isEmpty();
    }
}
