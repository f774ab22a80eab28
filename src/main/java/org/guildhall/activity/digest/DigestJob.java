package org.guildhall.activity.digest;

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
 * Runs {@link DigestSending#sendDue} every {@value #INTERVAL_MINUTES} minutes through the host scheduler, once per
 * cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}). A digest is due once per day or week, so most runs find little to
 * do; the claims in the database keep a digest from going out twice even if two nodes ran at once.
 */
@Component
public class DigestJob extends ClusterJob {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.activity.digest");
    static final JobId JOB_ID = JobId.of("org.guildhall.activity.digest");
    static final long INTERVAL_MINUTES = 60;

    private final DigestSending sending;

    public DigestJob(@ComponentImport SchedulerService scheduler, DigestSending sending, AccessMode accessMode,
                     FeatureSwitches features) {
        super(scheduler, RUNNER_KEY, JOB_ID, INTERVAL_MINUTES, accessMode, () -> features.isOn(Feature.ACTIVITY),
                "Activity streams are turned off");
        this.sending = sending;
    }

    @Override
    protected String runOnce() {
        return "mailed " + sending.sendDue();
    }
}
