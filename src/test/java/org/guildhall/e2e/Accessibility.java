package org.guildhall.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.fail;

/** axe-core checks of a page against WCAG 2 A and AA. */
public final class Accessibility {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails with a readable list when the page has serious or critical WCAG 2 A/AA violations. */
    public static void assertNoSeriousViolations(Page page) {
        // colour contrast is only meaningful once the page's style sheets have loaded
        page.waitForLoadState(LoadState.LOAD);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + blocking.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }
}
