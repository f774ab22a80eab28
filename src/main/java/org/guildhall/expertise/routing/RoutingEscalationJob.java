package org.guildhall.expertise.routing;

import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.AccessMode;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ExpertRouting#escalateDue} every {@value #INTERVAL_MINUTES} minutes through the host scheduler, once per
 * cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}): the scheduler, not each node, decides who runs it. Escalation is
 * idempotent, so a run repeated after a node failure asks nobody twice.
 */
@Component
public class RoutingEscalationJob implements JobRunner {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.routing.escalation");
    static final JobId JOB_ID = JobId.of("org.guildhall.routing.escalation");
    static final long INTERVAL_MINUTES = 15;
    private static final Logger LOG = LoggerFactory.getLogger(RoutingEscalationJob.class);

    private final SchedulerService scheduler;
    private final ExpertRouting routing;
    private final AccessMode accessMode;
    private final FeatureSwitches features;

    public RoutingEscalationJob(@ComponentImport SchedulerService scheduler, ExpertRouting routing,
                                AccessMode accessMode, FeatureSwitches features) {
        this.scheduler = scheduler;
        this.routing = routing;
        this.accessMode = accessMode;
        this.features = features;
    }

    /** Registers the runner and (re)schedules the job; scheduling the same id again replaces it. */
    @PostConstruct
    public void schedule() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MINUTES * 60_000, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Guildhall could not schedule routing escalation", e);
        }
    }

    /** The job stays scheduled for the next start; only this bundle's runner goes. */
    @PreDestroy
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
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
