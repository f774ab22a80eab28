package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class BenchDatasetTest {

    @Test
    public void allLoadsEveryPartInLoadOrder() {
        assertThat(BenchDataset.choose(Set.of("all")), is(BenchDataset.PARTS));
    }

    @Test
    public void aChosenPartComesWithThePeopleCommunitiesAndMembersItBuildsOn_inLoadOrder() {
        List<String> loaded = BenchDataset.choose(Set.of("health", "activity")).stream().map(DatasetPart::name)
                .toList();

        assertThat(loaded, is(List.of("confluence", "communities", "members", "activity", "health")));
    }

    @Test
    public void anUnknownPartFailsAndListsTheKnownOnes() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> BenchDataset.choose(Set.of("activty")));

        assertThat(thrown.getMessage(), allOf(containsString("activty"),
                containsString("known: all, confluence, communities, members, qa, activity, expertise, health")));
    }

    @Test
    public void expertiseWithoutTheQaItIsDerivedFromFails() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> BenchDataset.choose(Set.of("expertise")));

        assertThat(thrown.getMessage(), containsString("add qa"));
    }
}
