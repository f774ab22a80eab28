package com.atlassian.scheduler.config;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.RunMode}: whether each firing
 * of a job runs on one node of the cluster or on every node that scheduled it.
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html.
 */
public enum RunMode {
    /** Each time the job triggers it runs on exactly one node; the job is stored in the database. */
    RUN_ONCE_PER_CLUSTER,
    /** The job applies only to the node that scheduled it and does not survive a restart. */
    RUN_LOCALLY
}
