package org.guildhall.workbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Every scenario the harness knows, by feature. A feature adds its scenarios here, and its data to the dataset. */
final class Scenarios {

    static final List<Scenario> ALL = List.of(
            // community directory
            CommunityScenarios.directory(),
            new DirectoryMacroScenario(),
            CommunityScenarios.directorySearch(),
            CommunityScenarios.directoryTopic(),
            CommunityScenarios.directorySortedBySize(),
            // membership
            CommunityScenarios.members(),
            CommunityScenarios.memberSearch(),
            CommunityScenarios.membersMacro(),
            // questions and answers
            QaScenarios.similarQuestions(),
            QaScenarios.questionPage(),
            QaScenarios.questionList(),
            QaScenarios.questionListMacro(),
            // expertise
            ExpertiseScenarios.findExpert(),
            ExpertiseScenarios.profilePage(),
            ExpertiseScenarios.askRouted(),
            ExpertiseScenarios.askUnrouted(),
            // activity stream
            ActivityScenarios.first(),
            ActivityScenarios.deep(),
            ActivityScenarios.filtered(),
            // community health
            HealthScenarios.communityPage(),
            HealthScenarios.siteWide());

    private Scenarios() {
    }

    /**
     * @param selection {@code all}, or scenario names separated by commas
     * @return the scenarios named, in the order named
     * @throws IllegalArgumentException naming the unknown ones and listing the known ones
     */
    static List<Scenario> select(String selection) {
        if (selection == null || selection.isBlank() || selection.trim().equalsIgnoreCase("all")) {
            return ALL;
        }
        List<Scenario> selected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : Arrays.stream(selection.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            ALL.stream().filter(scenario -> scenario.name().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresentOrElse(selected::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty() || selected.isEmpty()) {
            throw new IllegalArgumentException("Unknown scenario " + String.join(", ", unknown) + " in bench.scenarios='"
                    + selection + "'; known: all, " + String.join(", ", ALL.stream().map(Scenario::name).toList()));
        }
        return selected;
    }
}
