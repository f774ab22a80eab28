package org.guildhall.community;

import org.guildhall.platform.People.Person;

import java.util.Optional;

/**
 * A membership with the person behind it.
 *
 * @param person empty when Confluence no longer knows the user
 */
public record Member(Membership membership, Optional<Person> person) {
}
