package org.guildhall.analytics;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.ClusterJob;
import org.springframework.stereotype.Component;

/**
 * Runs {@link SpotlightSending#sendDue} every {@value #INTERVAL_MINUTES} minutes through the host scheduler, once per
 * cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}). A spotlight is due once per community and week, so most runs find
 * nothing to do; the claims in the database keep one from going out twice even if two nodes ran at once.
 */
@Component
public class SpotlightJob extends ClusterJob {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.analytics.spotlight");
    static final JobId JOB_ID = JobId.of("org.guildhall.analytics.spotlight");
    static final long INTERVAL_MINUTES = 60;

    private final SpotlightSending sending;

    public SpotlightJob(@ComponentImport SchedulerService scheduler, SpotlightSending sending, AccessMode accessMode,
                        FeatureSwitches features) {
        super(scheduler, RUNNER_KEY, JOB_ID, INTERVAL_MINUTES, accessMode, () -> features.isOn(Feature.HEALTH),
                "Community health is turned off");
        this.sending = sending;
    }

    @Override
    protected String runOnce() {
        return "mailed " + sending.sendDue();
    }
}
