package org.guildhall.workbench.cluster;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.io.Serializable;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertThrows;

@RunWith(Parameterized.class)
public class DatabaseSchedulerServiceTest {

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("org.guildhall.confluence.test-runner");
    private static final JobId JOB = JobId.of("org.guildhall.confluence.test-job");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Rule
    public final TwoNodeCluster cluster;

    public DatabaseSchedulerServiceTest(String databaseKind) {
        cluster = new TwoNodeCluster(databaseKind);
    }

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return SharedDatabase.kinds();
    }

    @Test
    public void perClusterJobScheduledOnBothNodesRunsOncePerFiring() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobRunner countRun = request -> {
            runs.incrementAndGet();
            return JobRunnerResponse.success();
        };
        long interval = 200;
        JobConfig everyInterval = JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval, new Date(System.currentTimeMillis() + interval)));
        for (ClusterServices node : List.of(cluster.nodeA(), cluster.nodeB())) {
            node.schedulerService().registerJobRunner(RUNNER, countRun);
            node.schedulerService().scheduleJob(JOB, everyInterval);
        }

        Eventually.within(WAIT, "five firings ran", () -> history().size() >= 5);
        cluster.nodeA().schedulerService().unscheduleJob(JOB);
        Eventually.within(WAIT, "every started run is recorded", () -> history().size() == runs.get());

        List<JobRun> history = history();
        Set<Long> firings = history.stream().map(run -> run.scheduledFor().toEpochMilli()).collect(Collectors.toSet());
        assertThat("no firing ran twice: " + history, firings.size(), is(history.size()));
        assertThat(history.stream().map(JobRun::outcome).toList(), everyItem(is(RunOutcome.SUCCESS)));
    }

    @Test
    public void localJobRunsOnEveryNodeThatScheduledIt() throws Exception {
        Map<String, AtomicInteger> runsPerNode = new ConcurrentHashMap<>();
        JobConfig local = JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_LOCALLY)
                .withSchedule(Schedule.forInterval(100, null));
        for (ClusterServices node : List.of(cluster.nodeA(), cluster.nodeB())) {
            node.schedulerService().registerJobRunner(RUNNER, request -> {
                runsPerNode.computeIfAbsent(node.nodeId(), id -> new AtomicInteger()).incrementAndGet();
                return null;
            });
            node.schedulerService().scheduleJob(JOB, local);
        }

        Eventually.within(WAIT, "both nodes ran the local job twice", () -> runsPerNode.size() == 2
                && runsPerNode.values().stream().allMatch(runs -> runs.get() >= 2));
        Eventually.within(WAIT, "both nodes recorded their runs", () ->
                history().stream().map(JobRun::nodeId).collect(Collectors.toSet()).equals(Set.of("node-a", "node-b")));
    }

    @Test
    public void perClusterJobRunsOnTheNodeThatHasItsRunner() throws Exception {
        Map<String, Serializable> parameters = Map.of("space", "DEMO");
        Map<String, Object> receivedParameters = new ConcurrentHashMap<>();
        cluster.nodeB().schedulerService().registerJobRunner(RUNNER, request -> {
            receivedParameters.putAll(request.getJobConfig().getParameters());
            return JobRunnerResponse.success("done");
        });

        cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.runOnce(null)).withParameters(parameters));

        Eventually.within(WAIT, "node B ran the job node A scheduled", () -> history().size() == 1);
        JobRun run = history().get(0);
        assertThat(run.nodeId(), is("node-b"));
        assertThat(run.message(), is("done"));
        assertThat(receivedParameters, is(Map.<String, Object>of("space", "DEMO")));
    }

    @Test
    public void failingJobIsRecordedAndKeepsRunning() throws Exception {
        cluster.nodeA().schedulerService().registerJobRunner(RUNNER, request -> {
            throw new IllegalStateException("the mail server is down");
        });

        cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.forInterval(100, null)));

        Eventually.within(WAIT, "the failing job ran three times", () -> history().size() >= 3);
        JobRun failed = history().get(0);
        assertThat(failed.outcome(), is(RunOutcome.FAILED));
        assertThat(failed.message(), containsString("IllegalStateException: the mail server is down"));
    }

    @Test
    public void cronJobRunsOnWholeSeconds() throws Exception {
        cluster.nodeA().schedulerService().registerJobRunner(RUNNER, request -> null);
        cluster.nodeB().schedulerService().registerJobRunner(RUNNER, request -> null);

        cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.forCronExpression("* * * * * ?")));

        Eventually.within(WAIT, "the every-second job ran twice", () -> history().size() >= 2);
        List<JobRun> history = history();
        assertThat(history.stream().map(run -> run.scheduledFor().toEpochMilli() % 1000).toList(), everyItem(is(0L)));
        assertThat(history.stream().map(JobRun::scheduledFor).distinct().count(), is((long) history.size()));
    }

    @Test
    public void unscheduledJobRunsNoMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        cluster.nodeA().schedulerService().registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            return null;
        });
        cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.forInterval(100, null)));
        Eventually.within(WAIT, "the job ran", () -> runs.get() >= 1);

        cluster.nodeB().schedulerService().unscheduleJob(JOB);
        int runsWhenUnscheduled = runs.get();
        Thread.sleep(500);

        assertThat("at most the run already under way finishes", runs.get(), lessThanOrEqualTo(runsWhenUnscheduled + 1));
    }

    @Test
    public void awaitingDueRuns_returnsOnlyOnceTheFiringDueThenHasRun_andIgnoresJobsOfOtherNodes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        cluster.nodeA().schedulerService().registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.forInterval(60_000, null)));
        // node B has no runner for the job: nothing is ever due for it to run
        assertThat(cluster.nodeB().schedulerService().awaitDueRuns(Duration.ZERO), is(true));

        assertThat("the run is under way", cluster.nodeA().schedulerService().awaitDueRuns(Duration.ofMillis(700)),
                is(false));
        release.countDown();
        assertThat(cluster.nodeA().schedulerService().awaitDueRuns(WAIT), is(true));
        assertThat(runs.get(), is(1));
        assertThat(history().size(), is(1));
    }

    @Test
    public void unsupportedCronExpressionIsRejectedWithTheReason() {
        SchedulerServiceException rejected = assertThrows(SchedulerServiceException.class, () ->
                cluster.nodeA().schedulerService().scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                        .withSchedule(Schedule.forCronExpression("0 0 12 L * ?"))));

        assertThat(rejected.getMessage(), containsString("L, W, # or C"));
    }

    private List<JobRun> history() {
        return cluster.nodeA().schedulerService().runHistory(JOB);
    }
}
