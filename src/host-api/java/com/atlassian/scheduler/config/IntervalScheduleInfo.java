package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.IntervalScheduleInfo}: when an
 * interval schedule first fires (null: as soon as possible) and how far apart its firings are (0: only once).
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41778965406): package-private constructor,
 * defensive copies of the date, negative intervals rejected.
 */
public final class IntervalScheduleInfo {

    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalScheduleInfo info
                && info.intervalInMillis == intervalInMillis && Objects.equals(info.firstRunTime, firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + firstRunTime + ",intervalInMillis=" + intervalInMillis + ']';
    }
}
