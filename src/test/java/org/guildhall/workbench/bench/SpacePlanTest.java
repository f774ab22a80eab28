package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

public class SpacePlanTest {

    private static final Vocabulary VOCABULARY = Vocabulary.fromDemoSamples();

    @Test
    public void tenPercentOfSpacesAreRestrictedToThreeNamedReaders_theOwnerAmongThem() {
        SpacePlan plan = SpacePlan.generate(5000, VOCABULARY, new Random(1));

        List<SpacePlan.PlannedSpace> restricted = plan.spaces().stream().filter(SpacePlan.PlannedSpace::restricted).toList();

        assertThat(plan.spaces(), hasSize(5000));
        assertThat(restricted, hasSize(500));
        for (SpacePlan.PlannedSpace space : restricted) {
            assertThat(new HashSet<>(space.readers()).size(), is(SpacePlan.READERS_PER_RESTRICTED_SPACE));
            assertThat(space.readers(), hasItem(space.owner()));
        }
    }

    @Test
    public void eachPersonReadsOnlyAFewOfTheRestrictedSpaces() {
        SpacePlan plan = SpacePlan.generate(5000, VOCABULARY, new Random(1));

        for (SpacePlan.Person person : plan.people()) {
            long readable = plan.spaces().stream().filter(space -> space.readers().contains(person)).count();
            assertThat(person.username() + " reads " + readable, readable < 100, is(true));
        }
    }

    @Test
    public void keysAreUniqueConfluenceSpaceKeys_andNamesAreDistinctWords() {
        SpacePlan plan = SpacePlan.generate(20_000, VOCABULARY, new Random(1));

        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        plan.spaces().forEach(space -> {
            keys.add(space.key());
            names.add(space.name());
        });

        assertThat(keys, hasSize(20_000));
        assertThat(names, hasSize(20_000));
        assertThat(keys, everyItem(matchesPattern("[A-Z]{1,4}[0-9]+")));
    }

    @Test
    public void peopleHaveDistinctUsernames() {
        SpacePlan plan = SpacePlan.generate(10, VOCABULARY, new Random(1));

        assertThat(new HashSet<>(plan.usernames()), hasSize(SpacePlan.PEOPLE));
    }

    @Test
    public void theSameSeedGivesTheSamePlan() {
        assertThat(SpacePlan.generate(500, VOCABULARY, new Random(7)),
                is(SpacePlan.generate(500, VOCABULARY, new Random(7))));
    }
}
