package org.guildhall.community;

import java.time.Instant;

/** One line of a community's membership log: who ({@code actorKey}) did what to whom ({@code subjectKey}), when. */
public record MembershipLogEntry(long communityId, String subjectKey, String actorKey, MembershipAction action,
                                 MembershipRole role, MembershipState state, String message, Instant createdAt) {
}
