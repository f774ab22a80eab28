package org.guildhall.qa.importer;

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
 * Builds this node's similar-question index once, right after start, on the scheduler's thread: building reads every
 * question (seconds at 100,000), and the first person typing a title should not wait for it. A local job (each node
 * keeps its own index); when it has not finished yet, a request waits for it rather than starting a second build.
 */
@Component
public class SimilarQuestionsWarmUp implements JobRunner {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.qa.similar-questions-warm-up");
    static final JobId JOB_ID = JobId.of("org.guildhall.qa.similar-questions-warm-up");
    private static final Logger LOG = LoggerFactory.getLogger(SimilarQuestionsWarmUp.class);

    private final SchedulerService scheduler;
    private final SimilarQuestions similarQuestions;

    public SimilarQuestionsWarmUp(@ComponentImport SchedulerService scheduler, SimilarQuestions similarQuestions) {
        this.scheduler = scheduler;
        this.similarQuestions = similarQuestions;
    }

    /** Registers the runner and schedules one run on this node now. */
    @PostConstruct
    public void schedule() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_LOCALLY)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException e) {
            LOG.warn("Guildhall could not schedule building the similar-question index; the first request builds it", e);
        }
    }

    @PreDestroy
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int questions = similarQuestions.indexedQuestions();
            return JobRunnerResponse.success("The similar-question index holds " + questions + " questions");
        } catch (RuntimeException e) {
            LOG.warn("The similar-question index could not be built at start; the first request tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
