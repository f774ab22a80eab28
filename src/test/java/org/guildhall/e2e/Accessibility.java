package org.guildhall.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
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

    /** Resolves once every finite CSS animation and transition on the page has finished (or was cancelled). */
    private static final String SETTLE = "() => Promise.all(document.getAnimations()"
            + ".filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)"
            + ".map(a => a.finished.catch(() => null)))";

    private Accessibility() {
    }

    /**
     * Fails with a readable list when the page has serious or critical WCAG 2 A/AA violations. A page in motion (an
     * AUI flag sliding in or fading out is half transparent for a moment) is checked once more after its animations
     * have ended, so only a violation that holds still fails.
     */
    public static void assertNoSeriousViolations(Page page) {
        // colour contrast is only meaningful once the page's style sheets have loaded
        page.waitForLoadState(LoadState.LOAD);
        List<Rule> blocking = blockingViolations(page);
        if (!blocking.isEmpty()) {
            blocking = blockingViolations(page);
        }
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + blocking.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(Accessibility::describe)
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static List<Rule> blockingViolations(Page page) {
        page.evaluate(SETTLE);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
    }

    /** Where a violation is and why, so a failure in CI can be understood from its report alone. */
    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 300 ? html.substring(0, 300) + "…" : html) + " — "
                + node.getFailureSummary();
    }
}
