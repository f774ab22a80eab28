package org.guildhall.community;

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
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MemberNameTokenDao.Unindexed;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Fills the {@link MemberNames name index} for memberships that have no name words yet — those added before the
 * index existed — once at every start, once per cluster. Names live in Confluence, so this cannot be an Active
 * Objects upgrade task (which gets nothing but Active Objects). It reads {@value #BATCH} memberships at a time by id,
 * looks up their people at once and stores their words, one transaction per batch; people Confluence cannot
 * resolve stay without words (and unsearchable) until their next membership change. It also gives words that an older
 * node stored during a rolling upgrade their membership's state.
 */
@Component
public class MemberNamesBackfillJob implements JobRunner {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.community.member-names-backfill");
    static final JobId JOB_ID = JobId.of("org.guildhall.community.member-names-backfill");
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MemberNamesBackfillJob.class);

    private final SchedulerService scheduler;
    private final MemberNameTokenDao tokens;
    private final People people;
    private final Transactions transactions;
    private final AccessMode accessMode;

    public MemberNamesBackfillJob(@ComponentImport SchedulerService scheduler, MemberNameTokenDao tokens,
                                  People people, Transactions transactions, AccessMode accessMode) {
        this.scheduler = scheduler;
        this.tokens = tokens;
        this.people = people;
        this.transactions = transactions;
        this.accessMode = accessMode;
    }

    /** Registers the runner and schedules one run now; scheduling the same id again replaces it. */
    @PostConstruct
    public void schedule() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Guildhall could not schedule filling the member name index", e);
        }
    }

    @PreDestroy
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (accessMode.readOnly()) {
            return JobRunnerResponse.aborted("Confluence is read-only");
        }
        return JobRunnerResponse.success("indexed " + backfill() + " memberships");
    }

    /**
     * Stores the name words of every membership that has none (also after an archive import, which adds memberships
     * directly). Call outside a transaction: each batch runs in its own.
     *
     * @return how many memberships got name words
     */
    public int backfill() {
        // words an older node stored during a rolling upgrade, without their membership's state
        transactions.inTransaction(tokens::fillMissingStates);
        int indexed = 0;
        long after = 0;
        List<Unindexed> batch;
        do {
            batch = tokens.findUnindexed(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).membershipId();
            List<Unindexed> rows = batch;
            indexed += transactions.inTransaction(() -> {
                Map<String, Person> found = people.findAll(rows.stream().map(Unindexed::userKey).distinct().toList());
                int stored = 0;
                for (Unindexed row : rows) {
                    Person person = found.get(row.userKey());
                    if (person != null) {
                        tokens.replace(row.communityId(), row.userKey(), row.state(), MemberNames.tokens(person));
                        stored++;
                    }
                }
                return stored;
            });
        } while (batch.size() == BATCH);
        return indexed;
    }
}
