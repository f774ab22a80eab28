package org.guildhall.community.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code GET /communities/{spaceKey}}: the community's fields with the caller's membership fields beside them
 * (flattened, so both lists of fields can grow independently).
 */
public record CommunityWithMembershipJson(@JsonUnwrapped CommunityJson community,
                                          @JsonUnwrapped MembershipStatusJson caller) {
}
