package org.guildhall.qa.importer;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class SimilarQuestionsWarmUpTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SimilarQuestions similarQuestions = mock(SimilarQuestions.class);
    private final SimilarQuestionsWarmUp warmUp = new SimilarQuestionsWarmUp(scheduler, similarQuestions);

    @Test
    public void atStart_schedulesOneRunOnThisNodeOnly() throws Exception {
        warmUp.schedule();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).registerJobRunner(SimilarQuestionsWarmUp.RUNNER_KEY, warmUp);
        verify(scheduler).scheduleJob(eq(SimilarQuestionsWarmUp.JOB_ID), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_LOCALLY));
    }

    @Test
    public void theRun_buildsTheIndexSoThatNoRequestHasTo() {
        when(similarQuestions.indexedQuestions()).thenReturn(1234);

        JobRunnerResponse response = warmUp.runJob(null);

        verify(similarQuestions).indexedQuestions();
        assertThat(response.getMessage(), is("The similar-question index holds 1234 questions"));
    }

    @Test
    public void aBuildThatFails_isReportedAndLeftToTheFirstRequest() {
        when(similarQuestions.indexedQuestions()).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = warmUp.runJob(null);

        assertThat(response.getRunOutcome().name(), is("FAILED"));
    }
}
