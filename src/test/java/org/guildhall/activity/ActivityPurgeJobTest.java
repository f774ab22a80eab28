package org.guildhall.activity;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import org.guildhall.platform.AccessMode;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The purge job is the host scheduler's to run, once per cluster, once a day, and only purges. */
public class ActivityPurgeJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ActivityRetention retention = mock(ActivityRetention.class);
    private final AccessMode accessMode = mock(AccessMode.class);
    private final ActivityPurgeJob job = new ActivityPurgeJob(scheduler, retention, accessMode);

    @Test
    public void aRun_removesNothingWhileConfluenceIsReadOnly() {
        when(accessMode.readOnly()).thenReturn(true);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.ABORTED));
        verify(retention, never()).purge();
    }

    @Test
    public void schedule_registersTheRunnerAndAJobThatRunsOncePerClusterEveryDay() throws Exception {
        job.schedule();

        verify(scheduler).registerJobRunner(ActivityPurgeJob.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(ActivityPurgeJob.JOB_ID), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(), is(86_400_000L));
    }

    @Test
    public void aRun_removesWhatIsOlderThanTheRetention() {
        when(retention.purge()).thenReturn(1200);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.SUCCESS));
        assertThat(response.getMessage(), is("removed 1200"));
    }
}
