package org.guildhall.community;

import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A membership with the person behind it.
 *
 * @param person empty when Confluence no longer knows the user
 */
public record Member(Membership membership, Optional<Person> person) {

    /** @return the memberships with their people, in the same order, from one look-up of all their names */
    static List<Member> withPeople(List<Membership> memberships, People people) {
        Map<String, Person> found = people.findAll(memberships.stream().map(Membership::userKey).toList());
        return memberships.stream()
                .map(membership -> new Member(membership, Optional.ofNullable(found.get(membership.userKey()))))
                .toList();
    }
}
