package org.guildhall.community.web;

import org.guildhall.community.Member;
import org.guildhall.platform.People.Person;

/**
 * A member or requester in REST responses.
 *
 * @param username    null when Confluence no longer knows the user
 * @param displayName null when Confluence no longer knows the user
 * @param message     the request's message (requests only), else null
 */
public record MemberJson(String userKey, String username, String displayName, String role, String state,
                         String since, String message) {

    static MemberJson of(Member member, boolean withMessage) {
        return new MemberJson(member.membership().userKey(),
                member.person().map(Person::username).orElse(null),
                member.person().map(Person::displayName).orElse(null),
                member.membership().role().id(),
                member.membership().state().id(),
                member.membership().updatedAt().toString(),
                withMessage && !member.membership().message().isEmpty() ? member.membership().message() : null);
    }
}
