package org.guildhall.packaging;

import org.guildhall.workbench.scanner.ScannerIndex;
import org.junit.Test;

import java.util.List;
import java.util.TreeSet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

public class ScannerIndexCheckTest {

    private static final ScannerIndex.Entry CLOCK = new ScannerIndex.Entry("org.guildhall.platform.Clock", "clock");
    private static final ScannerIndex.Entry SAL_I18N = new ScannerIndex.Entry("org.guildhall.platform.confluence.SalI18n", "salI18n");
    private static final ScannerIndex.Entry I18N_RESOLVER =
            new ScannerIndex.Entry("com.atlassian.sal.api.message.I18nResolver", "i18nResolver");

    @Test
    public void identicalIndexes_haveNoProblems() {
        assertThat(ScannerIndexCheck.problems(index(List.of(CLOCK), List.of(I18N_RESOLVER)),
                index(List.of(CLOCK), List.of(I18N_RESOLVER))), empty());
    }

    @Test
    public void staleAndMissingEntries_areReportedPerFile() {
        ScannerIndex fromAnnotations = index(List.of(CLOCK, SAL_I18N), List.of(I18N_RESOLVER));
        ScannerIndex packaged = index(List.of(CLOCK, new ScannerIndex.Entry("org.guildhall.Gone", "gone")), List.of());

        assertThat(ScannerIndexCheck.problems(fromAnnotations, packaged), containsInAnyOrder(
                "index file component lacks org.guildhall.platform.confluence.SalI18n#salI18n",
                "index file component has stale org.guildhall.Gone#gone (no such annotation in the jar's classes)",
                "index file imports lacks com.atlassian.sal.api.message.I18nResolver#i18nResolver"));
    }

    @Test
    public void realClasses_scanToTheIndexTheBuildWrote() {
        ScannerIndex scanned = ScannerIndex.scan(ProjectLayout.classes(), getClass().getClassLoader());

        assertThat(ScannerIndexCheck.problems(scanned, ScannerIndex.read(ProjectLayout.classes())), empty());
        assertThat(scanned.components().stream().filter(CLOCK::equals).toList(), contains(CLOCK));
    }

    private static ScannerIndex index(List<ScannerIndex.Entry> components, List<ScannerIndex.Entry> imports) {
        return new ScannerIndex(new TreeSet<>(components), new TreeSet<>(imports));
    }
}
