package org.guildhall.platform;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * A job the host scheduler runs at a fixed interval, once per cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}): the
 * scheduler, not each node, decides who runs it, so the work must be idempotent (a run repeated after a node failure
 * does no harm). The job registers its runner when the app starts and keeps its schedule when the app stops.
 * <p>
 * A run does nothing while Confluence is read-only or the job's feature is switched off: what is due stays due, and
 * the first run after that does it.
 */
public abstract class ClusterJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJob.class);

    private final SchedulerService scheduler;
    private final JobRunnerKey runnerKey;
    private final JobId jobId;
    private final long intervalMinutes;
    private final AccessMode accessMode;
    private final BooleanSupplier switchedOn;
    private final String switchedOffNote;

    /**
     * @param switchedOn      whether the job's feature is on (asked at every run)
     * @param switchedOffNote what a run reports when it is not, e.g. "Expertise is turned off"
     */
    protected ClusterJob(SchedulerService scheduler, JobRunnerKey runnerKey, JobId jobId, long intervalMinutes,
                         AccessMode accessMode, BooleanSupplier switchedOn, String switchedOffNote) {
        this.scheduler = scheduler;
        this.runnerKey = runnerKey;
        this.jobId = jobId;
        this.intervalMinutes = intervalMinutes;
        this.accessMode = accessMode;
        this.switchedOn = switchedOn;
        this.switchedOffNote = switchedOffNote;
    }

    /** A job whose feature cannot be switched off. */
    protected ClusterJob(SchedulerService scheduler, JobRunnerKey runnerKey, JobId jobId, long intervalMinutes,
                         AccessMode accessMode) {
        this(scheduler, runnerKey, jobId, intervalMinutes, accessMode, () -> true, "");
    }

    /** One run's work, while Confluence is writable and the feature on. @return what it did, e.g. "mailed 4" */
    protected abstract String runOnce();

    @Override
    public final JobRunnerResponse runJob(JobRunnerRequest request) {
        if (accessMode.readOnly()) {
            return JobRunnerResponse.aborted("Confluence is read-only");
        }
        if (!switchedOn.getAsBoolean()) {
            return JobRunnerResponse.aborted(switchedOffNote);
        }
        return JobRunnerResponse.success(runOnce());
    }

    /** Registers the runner and (re)schedules the job; scheduling the same id again replaces it. */
    @PostConstruct
    public void schedule() {
        scheduler.registerJobRunner(runnerKey, this);
        try {
            scheduler.scheduleJob(jobId, JobConfig.forJobRunnerKey(runnerKey)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(intervalMinutes * 60_000, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Guildhall could not schedule the job {}", jobId, e);
        }
    }

    /** The job stays scheduled for the next start; only this bundle's runner goes. */
    @PreDestroy
    public void unregister() {
        scheduler.unregisterJobRunner(runnerKey);
    }
}
