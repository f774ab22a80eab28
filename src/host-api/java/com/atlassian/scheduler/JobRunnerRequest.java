package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.JobRunnerRequest}: what a runner is
 * told about the run it is asked to perform.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:42074717751).
 */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    /** @return true once the scheduler is shutting down and would like the runner to stop early */
    boolean isCancellationRequested();
}
