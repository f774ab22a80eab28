package org.guildhall.testing;

import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.cluster.DatabaseSchedulerService;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.time.Duration;

/**
 * A workbench (the local stand-in for Confluence) with the app installed and the demo data loaded, started once per
 * test class: {@code @ClassRule public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();}.
 */
public final class RunningWorkbench extends ExternalResource {

    private final TemporaryFolder home = new TemporaryFolder();
    private Workbench workbench;

    @Override
    protected void before() throws Throwable {
        home.create();
        workbench = Workbench.start(WorkbenchOptions.forTests(home.getRoot().toPath()));
        awaitStartUpJobs(workbench);
    }

    /**
     * Waits for the job runs a start brings (the app schedules its jobs to fire at once, as Confluence does), so that
     * none overlaps a test: a digest run would mail what a test is about to preview or send. On a single node they
     * are usually over before the start returns; a second node's start fires them while the test goes on.
     */
    public static void awaitStartUpJobs(Workbench started) throws InterruptedException {
        if (!started.bean(DatabaseSchedulerService.class).awaitDueRuns(Duration.ofSeconds(60))) {
            throw new IllegalStateException("The workbench's start-up job runs did not finish within a minute");
        }
    }

    @Override
    protected void after() {
        if (workbench != null) {
            workbench.close();
        }
        home.delete();
    }

    /** @return e.g. {@code http://localhost:41234/confluence} */
    public String baseUrl() {
        return workbench.baseUrl();
    }

    /** @return a bean of the running workbench: the app's, a host service, or a workbench part (e.g. its users) */
    public <T> T bean(Class<T> type) {
        return workbench.bean(type);
    }

    public ConfluenceClient client() {
        return new ConfluenceClient(baseUrl());
    }
}
