package org.guildhall.expertise.routing;

import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import org.guildhall.platform.ClusterJob;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ExpertRouting#escalateDue} every {@value #INTERVAL_MINUTES} minutes through the host scheduler, once per
 * cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}): the scheduler, not each node, decides who runs it. Escalation is
 * idempotent, so a run repeated after a node failure asks nobody twice.
 */
@Component
public class RoutingEscalationJob extends ClusterJob {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.routing.escalation");
    static final JobId JOB_ID = JobId.of("org.guildhall.routing.escalation");
    static final long INTERVAL_MINUTES = 15;

    private final ExpertRouting routing;
    private final AccessMode accessMode;
    private final FeatureSwitches features;

    public RoutingEscalationJob(@ComponentImport SchedulerService scheduler, ExpertRouting routing,
                                AccessMode accessMode, FeatureSwitches features) {
        super(scheduler, RUNNER_KEY, JOB_ID, INTERVAL_MINUTES);
        this.routing = routing;
        this.accessMode = accessMode;
        this.features = features;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        // due questions stay due: the first run after read-only mode ends (or the feature is back on) asks
        if (accessMode.readOnly()) {
            return JobRunnerResponse.aborted("Confluence is read-only");
        }
        if (!features.isOn(Feature.EXPERTISE)) {
            return JobRunnerResponse.aborted("Expertise is turned off");
        }
        int asked = routing.escalateDue();
        return JobRunnerResponse.success("asked " + asked);
    }
}
