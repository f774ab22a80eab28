package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.config.CronScheduleInfo}: a Quartz-style
 * cron expression and the time zone it is read in (null: the server's default).
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:41677172578).
 */
public final class CronScheduleInfo {

    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronScheduleInfo info
                && info.cronExpression.equals(cronExpression) && Objects.equals(info.timeZone, timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone="
                + (timeZone == null ? null : timeZone.getID()) + ']';
    }
}
