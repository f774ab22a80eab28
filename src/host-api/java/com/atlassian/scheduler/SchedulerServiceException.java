package com.atlassian.scheduler;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.SchedulerServiceException}: the
 * checked exception {@code SchedulerService.scheduleJob} declares (its subclass {@code CronSyntaxException} reports
 * bad cron expressions).
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/SchedulerServiceException.html
 * and the decompiled {@code SchedulerService} (fs:41995893460). The two constructors mirror its unchecked sibling
 * {@code SchedulerRuntimeException(String)} / {@code (String, Throwable)} (same javadoc set); they are the only ones
 * the workbench uses.
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
