package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

import java.util.Objects;

/**
 * Compile-only copy of atlassian-scheduler-api's {@code com.atlassian.scheduler.JobRunnerResponse}, a concrete
 * immutable value built through static factories. The copy behaves as the API does: failed and aborted responses
 * require a message, and a failure built from an exception summarises its cause chain in at most 255 characters.
 *
 * <p>Confirmed from a decompiled current atlassian-scheduler-api (fs:42185443662): {@code success()},
 * {@code success(String)}, {@code aborted(String)}, {@code failed(String)}, {@code failed(Throwable)},
 * {@code getRunOutcome()}, {@code getMessage()}.
 */
public final class JobRunnerResponse {

    private static final int MAXIMUM_MESSAGE_LENGTH = 255;

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, requireText(message, "aborted"));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, requireText(message, "failed"));
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, summarise(Objects.requireNonNull(cause, "cause")));
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerResponse response
                && response.runOutcome == runOutcome && Objects.equals(response.message, message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    private static String requireText(String message, String outcome) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as " + outcome + "!");
        }
        return message;
    }

    private static String summarise(Throwable failure) {
        StringBuilder summary = new StringBuilder();
        for (Throwable link = failure; link != null && summary.length() < MAXIMUM_MESSAGE_LENGTH; link = link.getCause()) {
            if (link != failure) {
                summary.append('\n');
            }
            summary.append(link.getClass().getSimpleName());
            if (link.getMessage() != null) {
                summary.append(": ").append(link.getMessage());
            }
        }
        return summary.length() > MAXIMUM_MESSAGE_LENGTH ? summary.substring(0, MAXIMUM_MESSAGE_LENGTH) : summary.toString();
    }
}
