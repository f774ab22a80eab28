package org.guildhall.expertise.routing;

import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import org.junit.Before;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The escalation job is the host scheduler's to run, once per cluster, every 15 minutes, and only escalates. */
public class RoutingEscalationJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ExpertRouting routing = mock(ExpertRouting.class);
    private final AccessMode accessMode = mock(AccessMode.class);
    private final FeatureSwitches features = mock(FeatureSwitches.class);
    private final RoutingEscalationJob job = new RoutingEscalationJob(scheduler, routing, accessMode, features);

    @Before
    public void featureOnAndWritable() {
        when(features.isOn(Feature.EXPERTISE)).thenReturn(true);
    }

    @Test
    public void aRun_asksNobodyWhileConfluenceIsReadOnly() {
        when(accessMode.readOnly()).thenReturn(true);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.ABORTED));
        verify(routing, never()).escalateDue();
    }

    @Test
    public void aRun_asksNobodyWhileExpertiseIsTurnedOff() {
        when(features.isOn(Feature.EXPERTISE)).thenReturn(false);

        job.runJob(null);

        verify(routing, never()).escalateDue();
    }

    @Test
    public void schedule_registersTheRunnerAndAJobThatRunsOncePerClusterEveryFifteenMinutes() throws Exception {
        job.schedule();

        verify(scheduler).registerJobRunner(RoutingEscalationJob.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RoutingEscalationJob.JOB_ID), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(), is(900_000L));
    }

    @Test
    public void aRun_escalatesDueQuestions() {
        when(routing.escalateDue()).thenReturn(3);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.SUCCESS));
        assertThat(response.getMessage(), is("asked 3"));
    }
}
