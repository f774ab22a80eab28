package org.guildhall.expertise.routing;

import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
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

    public RoutingEscalationJob(@ComponentImport SchedulerService scheduler, ExpertRouting routing,
                                AccessMode accessMode, FeatureSwitches features) {
        super(scheduler, RUNNER_KEY, JOB_ID, INTERVAL_MINUTES, accessMode, () -> features.isOn(Feature.EXPERTISE),
                "Expertise is turned off");
        this.routing = routing;
    }

    @Override
    protected String runOnce() {
        return "asked " + routing.escalateDue();
    }
}
