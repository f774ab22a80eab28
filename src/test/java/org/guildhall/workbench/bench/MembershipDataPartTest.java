package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.HashSet;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

public class MembershipDataPartTest {

    private static final List<MembershipDataPart.GeneratedPerson> PEOPLE = MembershipDataPart.generatePeople(50_190);

    @Test
    public void generatedUserKeysAreUniqueAndSortInCreationOrder() {
        List<String> keys = PEOPLE.stream().map(MembershipDataPart.GeneratedPerson::userKey).toList();

        assertThat(new HashSet<>(keys).size(), is(keys.size()));
        assertThat(keys.stream().sorted().toList(), is(keys));
    }

    @Test
    public void generatedUsernamesAreUnique() {
        assertThat(PEOPLE.stream().map(MembershipDataPart.GeneratedPerson::username).distinct().count(),
                is((long) PEOPLE.size()));
    }

    @Test
    public void everyFirstAndLastNameCombinationOccursEquallyOften() {
        long distinctNames = PEOPLE.stream().map(MembershipDataPart.GeneratedPerson::fullName).distinct().count();
        long dmitriLarsen = PEOPLE.stream().filter(person -> person.fullName().equals("Dmitri Larsen")).count();

        assertThat(distinctNames, is(1600L));
        assertThat("about one person in 1,600", dmitriLarsen >= 30 && dmitriLarsen <= 32, is(true));
    }
}
