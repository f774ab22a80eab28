package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.Schedule}: either a cron
 * expression or an interval, never both.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41815715470): factories
 * {@code forCronExpression(String)}, {@code forCronExpression(String, TimeZone)}, {@code forInterval(long, Date)},
 * {@code runOnce(Date)} (an interval of 0), getters for the type and the one populated info, nested enum
 * {@code Type { CRON_EXPRESSION, INTERVAL }}.
 */
public final class Schedule {

    /** Which of the two schedule formats a schedule uses. */
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo, CronScheduleInfo cronScheduleInfo) {
        this.type = type;
        this.intervalScheduleInfo = intervalScheduleInfo;
        this.cronScheduleInfo = cronScheduleInfo;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public Type getType() {
        return type;
    }

    /** @return the interval details, or null for a cron schedule */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    /** @return the cron details, or null for an interval schedule */
    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule schedule && schedule.type == type
                && Objects.equals(schedule.intervalScheduleInfo, intervalScheduleInfo)
                && Objects.equals(schedule.cronScheduleInfo, cronScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo, cronScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ','
                + (type == Type.CRON_EXPRESSION ? "cronScheduleInfo=" + cronScheduleInfo : "intervalScheduleInfo=" + intervalScheduleInfo)
                + ']';
    }
}
