package com.atlassian.scheduler;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.JobRunner} (a {@code @PublicSpi}):
 * the code a scheduled job runs. A runner may return null for success and may throw to report failure.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41787360121):
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest)}.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
