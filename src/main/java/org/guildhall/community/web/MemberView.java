package org.guildhall.community.web;

import org.guildhall.community.Member;
import org.guildhall.platform.People.Person;

/**
 * A member or requester as the community macros' templates show them.
 *
 * @param displayName the Confluence display name, or the given fallback when Confluence no longer knows them
 * @param role        {@code owner}, {@code moderator} or {@code member}
 * @param message     the request's message (requests only), else empty
 */
public record MemberView(String userKey, String displayName, String role, String message) {

    /** @param unknownName what to call someone Confluence no longer knows */
    static MemberView of(Member member, String unknownName, boolean withMessage) {
        return new MemberView(member.membership().userKey(),
                member.person().map(Person::displayName).orElse(unknownName),
                member.membership().role().id(),
                withMessage ? member.membership().message() : "");
    }
}
