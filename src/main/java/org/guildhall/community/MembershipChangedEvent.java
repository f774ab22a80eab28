package org.guildhall.community;

import java.time.Instant;

/**
 * Published (through {@link org.guildhall.platform.AppEvents}) after a membership change has been committed; the
 * activity stream listens for it. Carries user keys only.
 *
 * @param subjectKey the person whose membership changed
 * @param actorKey   who changed it (equal to {@code subjectKey} when people join or leave themselves)
 * @param role       the role after the change ({@link MembershipRole#MEMBER} when they are not a member)
 * @param state      the state after the change ({@link MembershipState#NONE} when nothing is stored any more)
 */
public record MembershipChangedEvent(String spaceKey, String subjectKey, String actorKey, MembershipAction action,
                                     MembershipRole role, MembershipState state, Instant occurredAt) {
}
