package org.guildhall.activity;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.ClusterJob;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ActivityRetention#purge} once a day through the host scheduler, once per cluster
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}). Removing is idempotent, so a run repeated after a node failure does no harm.
 */
@Component
public class ActivityPurgeJob extends ClusterJob {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.activity.purge");
    static final JobId JOB_ID = JobId.of("org.guildhall.activity.purge");
    static final long INTERVAL_MINUTES = 24 * 60;

    private final ActivityRetention retention;

    public ActivityPurgeJob(@ComponentImport SchedulerService scheduler, ActivityRetention retention,
                            AccessMode accessMode) {
        super(scheduler, RUNNER_KEY, JOB_ID, INTERVAL_MINUTES, accessMode);
        this.retention = retention;
    }

    @Override
    protected String runOnce() {
        return "removed " + retention.purge();
    }
}
