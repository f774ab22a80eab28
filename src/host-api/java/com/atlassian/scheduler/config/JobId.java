package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.JobId}: the unique name of a
 * scheduled job, a value compared by its text.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41788391252): final, Serializable, Comparable,
 * factory {@code of(String)}, {@code toString()} returns the ID.
 */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId jobId && jobId.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
