package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.JobConfig}: which runner a job
 * uses, how it runs in a cluster, when it runs and the parameters handed to the runner. Immutable; every
 * {@code with…} returns a copy.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:42179124412): {@code forJobRunnerKey} defaults
 * to {@link RunMode#RUN_ONCE_PER_CLUSTER} and {@code Schedule.runOnce(null)}; a null run mode or schedule passed to a
 * {@code with…} method means that default; parameters are copied and never null.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule, Map<String, Serializable> parameters) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode == null ? RunMode.RUN_ONCE_PER_CLUSTER : runMode;
        this.schedule = schedule == null ? Schedule.runOnce(null) : schedule;
        this.parameters = parameters;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), null, null, Map.of());
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    /** @return the parameters, unmodifiable */
    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        Map<String, Serializable> copy = parameters == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(parameters));
        return new JobConfig(jobRunnerKey, runMode, schedule, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobConfig config && config.jobRunnerKey.equals(jobRunnerKey) && config.runMode == runMode
                && config.schedule.equals(schedule) && config.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule
                + ",parameters=" + parameters + ']';
    }
}
