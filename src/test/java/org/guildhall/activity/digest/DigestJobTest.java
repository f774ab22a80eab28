package org.guildhall.activity.digest;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The digest job is the host scheduler's to run, once per cluster, every hour, and only sends what is due. */
public class DigestJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final DigestSending sending = mock(DigestSending.class);
    private final AccessMode accessMode = mock(AccessMode.class);
    private final FeatureSwitches features = mock(FeatureSwitches.class);
    private final DigestJob job = new DigestJob(scheduler, sending, accessMode, features);

    @Before
    public void featureOnAndWritable() {
        when(features.isOn(Feature.ACTIVITY)).thenReturn(true);
    }

    @Test
    public void aRun_mailsNobodyWhileConfluenceIsReadOnly() {
        when(accessMode.readOnly()).thenReturn(true);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.ABORTED));
        verify(sending, never()).sendDue();
    }

    @Test
    public void aRun_mailsNobodyWhileActivityStreamsAreTurnedOff() {
        when(features.isOn(Feature.ACTIVITY)).thenReturn(false);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.ABORTED));
        verify(sending, never()).sendDue();
    }

    @Test
    public void schedule_registersTheRunnerAndAJobThatRunsOncePerClusterEveryHour() throws Exception {
        job.schedule();

        verify(scheduler).registerJobRunner(DigestJob.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(DigestJob.JOB_ID), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(), is(3_600_000L));
    }

    @Test
    public void aRun_sendsTheDigestsThatAreDue() {
        when(sending.sendDue()).thenReturn(4);

        JobRunnerResponse response = job.runJob(null);

        assertThat(response.getRunOutcome(), is(RunOutcome.SUCCESS));
        assertThat(response.getMessage(), is("mailed 4"));
    }
}
