package org.guildhall.workbench.cluster;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunOutcome;

import java.time.Instant;

/**
 * One recorded run of a scheduled job: which node ran which firing, and how it ended. The workbench keeps a day of
 * these in {@code WB_JOB_RUN} so that a person (or a test) can see where and how often a job ran.
 *
 * @param scheduledFor the firing this run served; a per-cluster job has exactly one run per firing
 * @param message      the runner's message, or the summary of the exception it threw; may be null
 */
public record JobRun(JobId jobId, String nodeId, Instant scheduledFor, Instant started, Instant finished,
                     RunOutcome outcome, String message) {
}
