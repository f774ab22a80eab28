package org.guildhall.workbench.cluster;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.CronScheduleInfo;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Workbench stand-in for atlassian-scheduler's {@link SchedulerService} in Confluence Data Center.
 *
 * <p>A {@link RunMode#RUN_ONCE_PER_CLUSTER} job is a row in {@code WB_SCHEDULED_JOB} with the time of its next firing.
 * Every node polls for due rows; a node that has the job's runner registered claims the firing with a conditional
 * UPDATE that moves the next firing on ("only if it is still the firing I read"). Exactly one node wins each firing,
 * whichever nodes are polling. A {@link RunMode#RUN_LOCALLY} job lives only in the memory of the node that scheduled
 * it and runs there, as in the real scheduler.
 *
 * <p>Firings missed while no node could run them are coalesced into one run, like Quartz's default misfire rule.
 * Runs happen on a separate pool so a slow job never delays the poller; a job that throws is logged and recorded in
 * {@code WB_JOB_RUN} as failed, and the poller carries on.
 */
public final class DatabaseSchedulerService implements SchedulerService {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSchedulerService.class);
    private static final long HISTORY_MILLIS = TimeUnit.DAYS.toMillis(1);
    private static final int MESSAGE_LENGTH = 255;

    private final ClusterDatabase database;
    private final String nodeId;
    private final Clock clock;
    private final ExecutorService jobRuns;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private final Set<JobId> running = ConcurrentHashMap.newKeySet();
    private volatile boolean shuttingDown;

    DatabaseSchedulerService(ClusterDatabase database, String nodeId, Clock clock, ExecutorService jobRuns) {
        this.database = database;
        this.nodeId = nodeId;
        this.clock = clock;
        this.jobRuns = jobRuns;
    }

    /** Registers the code for a runner key on this node; only nodes with the runner registered run its jobs. */
    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), Objects.requireNonNull(jobRunner, "jobRunner"));
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    /**
     * Schedules a job, replacing any job with the same ID on the whole cluster.
     *
     * @throws SchedulerServiceException when the cron expression is malformed or unsupported, or the parameters are
     *                                   too large to store
     */
    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobConfig, "jobConfig");
        Schedule schedule = jobConfig.getSchedule();
        Long firstRun = firstRun(schedule, clock.millis());
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            database.update("DELETE FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", jobId.toString());
            localJobs.put(jobId, new LocalJob(jobConfig, firstRun));
        } else {
            localJobs.remove(jobId);
            storeClusteredJob(jobId, jobConfig, firstRun);
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        localJobs.remove(jobId);
        database.update("DELETE FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", jobId.toString());
    }

    /** @return the recorded runs of a job on any node during the last day, oldest first */
    public List<JobRun> runHistory(JobId jobId) {
        return database.query("SELECT NODE_ID, SCHEDULED_FOR, STARTED, FINISHED, OUTCOME, MESSAGE FROM WB_JOB_RUN "
                        + "WHERE JOB_ID = ? ORDER BY STARTED, NODE_ID",
                row -> new JobRun(jobId, row.getString("NODE_ID"), Instant.ofEpochMilli(row.getLong("SCHEDULED_FOR")),
                        Instant.ofEpochMilli(row.getLong("STARTED")), Instant.ofEpochMilli(row.getLong("FINISHED")),
                        RunOutcome.valueOf(row.getString("OUTCOME")), row.getString("MESSAGE")),
                jobId.toString());
    }

    /**
     * Waits until every firing that was due when this was called, and that this node may run, has run: in tests, so
     * that the runs a start brings (a job scheduled without a first run time fires at once) are over before a test
     * does what such a run would also do, such as sending the digests that are due.
     *
     * @return false when some were still due or running after {@code patience}
     */
    public boolean awaitDueRuns(Duration patience) throws InterruptedException {
        long asOf = clock.millis();
        long deadline = System.nanoTime() + patience.toNanos();
        while (dueBy(asOf) || !running.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private boolean dueBy(long asOf) {
        boolean localDue = localJobs.values().stream().anyMatch(job -> job.nextRun() != null
                && job.nextRun() <= asOf && runners.containsKey(job.config().getJobRunnerKey()));
        return localDue || database.query("SELECT JOB_RUNNER_KEY FROM WB_SCHEDULED_JOB WHERE NEXT_RUN <= ?",
                row -> row.getString("JOB_RUNNER_KEY"), asOf).stream()
                .anyMatch(key -> runners.containsKey(JobRunnerKey.of(key)));
    }

    /** One poll: starts every due firing this node may run. Called from the node's poller thread. */
    void runDueJobs() {
        if (shuttingDown) {
            return;
        }
        long now = clock.millis();
        localJobs.forEach((jobId, job) -> startLocalJobIfDue(jobId, job, now));
        for (ClusteredJob job : database.query("SELECT JOB_ID, JOB_RUNNER_KEY, SCHEDULE_TYPE, INTERVAL_MILLIS, FIRST_RUN, "
                + "CRON_EXPRESSION, TIME_ZONE, PARAMETERS, NEXT_RUN FROM WB_SCHEDULED_JOB WHERE NEXT_RUN <= ?", ClusteredJob::read, now)) {
            startClusteredJobIfClaimed(job, now);
        }
    }

    /** Stops starting runs and asks running jobs to cancel (through {@link JobRunnerRequest#isCancellationRequested()}). */
    void shutDown() {
        shuttingDown = true;
    }

    private void startLocalJobIfDue(JobId jobId, LocalJob job, long now) {
        Long due = job.nextRun();
        JobRunner runner = runners.get(job.config().getJobRunnerKey());
        if (due == null || due > now || runner == null || running.contains(jobId)) {
            return;
        }
        LocalJob following = new LocalJob(job.config(), followingRun(job.config().getSchedule(), due, now));
        // counted as running from before the claim, as for clustered jobs below
        running.add(jobId);
        if (localJobs.replace(jobId, job, following)) {
            start(jobId, job.config(), runner, due);
        } else {
            running.remove(jobId);
        }
    }

    private void startClusteredJobIfClaimed(ClusteredJob job, long now) {
        JobRunner runner = runners.get(job.config().getJobRunnerKey());
        if (runner == null || running.contains(job.jobId())) {
            return;
        }
        Long following = followingRun(job.config().getSchedule(), job.nextRun(), now);
        // counted as running from before the claim, so that no moment shows the firing neither due nor running
        running.add(job.jobId());
        boolean claimed = false;
        try {
            claimed = database.update("UPDATE WB_SCHEDULED_JOB SET NEXT_RUN = ? WHERE JOB_ID = ? AND NEXT_RUN = ?",
                    following, job.jobId().toString(), job.nextRun()) == 1;
            if (claimed) {
                start(job.jobId(), job.config(), runner, job.nextRun());
            }
        } finally {
            if (!claimed) {
                running.remove(job.jobId());
            }
        }
    }

    /** Runs a claimed firing on the run pool; the caller marked the job running before it claimed the firing. */
    private void start(JobId jobId, JobConfig config, JobRunner runner, long scheduledFor) {
        jobRuns.execute(() -> {
            try {
                run(jobId, config, runner, scheduledFor);
            } finally {
                running.remove(jobId);
            }
        });
    }

    private void run(JobId jobId, JobConfig config, JobRunner runner, long scheduledFor) {
        long started = clock.millis();
        JobRunnerResponse response;
        try {
            JobRunnerResponse returned = runner.runJob(new RunRequest(new Date(started), jobId, config));
            response = returned == null ? JobRunnerResponse.success() : returned;
        } catch (Throwable failure) {
            log.error("Job {} failed on node {}", jobId, nodeId, failure);
            response = JobRunnerResponse.failed(failure);
        }
        record(jobId, scheduledFor, started, response);
    }

    private void record(JobId jobId, long scheduledFor, long started, JobRunnerResponse response) {
        String message = response.getMessage();
        if (message != null && message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH);
        }
        try {
            database.update("INSERT INTO WB_JOB_RUN (JOB_ID, NODE_ID, SCHEDULED_FOR, STARTED, FINISHED, OUTCOME, MESSAGE) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    jobId.toString(), nodeId, scheduledFor, started, clock.millis(), response.getRunOutcome().name(), message);
            database.update("DELETE FROM WB_JOB_RUN WHERE JOB_ID = ? AND STARTED < ?", jobId.toString(), started - HISTORY_MILLIS);
        } catch (ClusterDatabaseException e) {
            log.warn("The run of job {} on node {} could not be recorded", jobId, nodeId, e);
        }
    }

    private void storeClusteredJob(JobId jobId, JobConfig config, Long firstRun) throws SchedulerServiceException {
        Schedule schedule = config.getSchedule();
        IntervalScheduleInfo interval = schedule.getIntervalScheduleInfo();
        CronScheduleInfo cron = schedule.getCronScheduleInfo();
        Object[] values = {
                config.getJobRunnerKey().toString(),
                schedule.getType().name(),
                interval == null ? null : interval.getIntervalInMillis(),
                interval == null || interval.getFirstRunTime() == null ? null : interval.getFirstRunTime().getTime(),
                cron == null ? null : cron.getCronExpression(),
                cron == null || cron.getTimeZone() == null ? null : cron.getTimeZone().getID(),
                JobParametersCodec.encode(config.getParameters()),
                firstRun,
                jobId.toString()};
        while (database.update("UPDATE WB_SCHEDULED_JOB SET JOB_RUNNER_KEY = ?, SCHEDULE_TYPE = ?, INTERVAL_MILLIS = ?, "
                + "FIRST_RUN = ?, CRON_EXPRESSION = ?, TIME_ZONE = ?, PARAMETERS = ?, NEXT_RUN = ? WHERE JOB_ID = ?", values) == 0) {
            if (database.insertIfAbsent("INSERT INTO WB_SCHEDULED_JOB (JOB_RUNNER_KEY, SCHEDULE_TYPE, INTERVAL_MILLIS, FIRST_RUN, "
                    + "CRON_EXPRESSION, TIME_ZONE, PARAMETERS, NEXT_RUN, JOB_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)) {
                return;
            }
        }
    }

    /** @return when a newly scheduled job first fires: its first run time, now, or the next cron match */
    private static Long firstRun(Schedule schedule, long now) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.INTERVAL) {
            Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
            return first == null ? now : first.getTime();
        }
        try {
            return nextCronMatch(schedule.getCronScheduleInfo(), now);
        } catch (IllegalArgumentException e) {
            throw new SchedulerServiceException(e.getMessage(), e);
        }
    }

    /** @return the firing after the one due at {@code due}, skipping firings already in the past; null when none is left */
    private static Long followingRun(Schedule schedule, long due, long now) {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            return nextCronMatch(schedule.getCronScheduleInfo(), Math.max(due, now));
        }
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        if (interval == 0) {
            return null;
        }
        long periods = Math.max(0, now - due) / interval + 1;
        return due + periods * interval;
    }

    private static Long nextCronMatch(CronScheduleInfo cron, long after) {
        ZoneId zone = cron.getTimeZone() == null ? ZoneId.systemDefault() : cron.getTimeZone().toZoneId();
        ZonedDateTime next = CronExpression.parse(cron.getCronExpression()).nextAfter(Instant.ofEpochMilli(after).atZone(zone));
        return next == null ? null : next.toInstant().toEpochMilli();
    }

    /** A job that runs only on this node, and when it fires next (null: never again). */
    private record LocalJob(JobConfig config, Long nextRun) {
    }

    /** A per-cluster job as stored in the database. */
    private record ClusteredJob(JobId jobId, JobConfig config, long nextRun) {

        static ClusteredJob read(ResultSet row) throws SQLException {
            Schedule schedule;
            if (Schedule.Type.valueOf(row.getString("SCHEDULE_TYPE")) == Schedule.Type.CRON_EXPRESSION) {
                String zone = row.getString("TIME_ZONE");
                schedule = Schedule.forCronExpression(row.getString("CRON_EXPRESSION"), zone == null ? null : TimeZone.getTimeZone(zone));
            } else {
                Long first = ClusterDatabase.nullableLong(row, "FIRST_RUN");
                schedule = Schedule.forInterval(row.getLong("INTERVAL_MILLIS"), first == null ? null : new Date(first));
            }
            JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(row.getString("JOB_RUNNER_KEY")))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(schedule)
                    .withParameters(JobParametersCodec.decode(row.getString("PARAMETERS")));
            return new ClusteredJob(JobId.of(row.getString("JOB_ID")), config, row.getLong("NEXT_RUN"));
        }
    }

    /** What a runner is told about its run; cancellation is requested once the node shuts down. */
    private final class RunRequest implements JobRunnerRequest {

        private final Date startTime;
        private final JobId jobId;
        private final JobConfig jobConfig;

        RunRequest(Date startTime, JobId jobId, JobConfig jobConfig) {
            this.startTime = startTime;
            this.jobId = jobId;
            this.jobConfig = jobConfig;
        }

        @Override
        public Date getStartTime() {
            return new Date(startTime.getTime());
        }

        @Override
        public JobId getJobId() {
            return jobId;
        }

        @Override
        public JobConfig getJobConfig() {
            return jobConfig;
        }

        @Override
        public boolean isCancellationRequested() {
            return shuttingDown;
        }
    }
}
