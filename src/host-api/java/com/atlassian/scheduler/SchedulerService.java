package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.SchedulerService}, reduced to the
 * members Guildhall calls. Scheduling a job under an existing ID replaces that job.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41995893460) and
 * docs.atlassian.com/atlassian-scheduler-api/1.6.0/…/class-use/SchedulerServiceException.html ({@code scheduleJob}
 * declares {@link SchedulerServiceException}). Left out: getRegisteredJobRunnerKeys,
 * getJobRunnerKeysForAllScheduledJobs, scheduleJobWithGeneratedId, calculateNextRunTime, getJobDetails,
 * getJobsByJobRunnerKey(s).
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
