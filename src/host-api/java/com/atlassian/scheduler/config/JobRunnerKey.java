package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.JobRunnerKey}: the name a
 * {@code JobRunner} is registered under, a value compared by its text.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:42179100967): final, Serializable, Comparable,
 * factory {@code of(String)}, {@code toString()} returns the key.
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey runnerKey && runnerKey.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
