package com.atlassian.scheduler.status;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.status.RunOutcome}: how an attempt
 * to run a job ended ("Indicates what the result was the last time that this job attempted to fire",
 * docs.atlassian.com/atlassian-scheduler-api/1.6.0/…/status/package-summary.html). The three constants here are
 * confirmed by the decompiled {@code JobRunnerResponse} (fs:42185443662); the API has a further constant for runs
 * that could not start, which this copy leaves out because its name was not confirmed.
 */
public enum RunOutcome {
    SUCCESS,
    ABORTED,
    FAILED
}
