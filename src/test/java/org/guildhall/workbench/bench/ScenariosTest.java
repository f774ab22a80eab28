package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class ScenariosTest {

    @Test
    public void allSelectsEveryScenario() {
        assertThat(Scenarios.select("all"), is(Scenarios.ALL));
    }

    @Test
    public void everyScenarioHasItsOwnName() {
        assertThat(Scenarios.ALL.stream().map(Scenario::name).distinct().count(), is((long) Scenarios.ALL.size()));
    }

    @Test
    public void namesSelectThoseScenariosInTheOrderGiven() {
        List<String> selected = Scenarios.select(" directory-macro,directory-rest ").stream().map(Scenario::name).toList();

        assertThat(selected, is(List.of("directory-macro", "directory-rest")));
    }

    @Test
    public void anUnknownNameFailsAndListsTheKnownOnes() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.select("directory-rest,directroy-macro"));

        assertThat(thrown.getMessage(), allOf(containsString("directroy-macro"),
                containsString("known: all, directory-rest, directory-macro")));
    }
}
