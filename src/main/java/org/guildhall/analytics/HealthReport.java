package org.guildhall.analytics;

import org.guildhall.analytics.HealthRows.Unanswered;
import org.guildhall.community.Community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the health page of one community shows for a period.
 *
 * @param current          the period's figures
 * @param previous         the figures of the period of the same length before it, for the trend
 * @param weeks            active people per week of the period (the last week may be shorter)
 * @param mostAnswers      champions: who answered most in the period
 * @param mostUseful       champions: whose answers were voted up and accepted most
 * @param newcomers        people whose first post in the community landed in the period, to welcome
 * @param unanswered       the oldest open questions without an answer asked more than {@code unansweredDays} ago
 * @param unansweredCount  how many such questions there are in all
 */
public record HealthReport(Community community, HealthPeriod period, HealthFigures current, HealthFigures previous,
                           List<Week> weeks, List<Champion> mostAnswers, List<Champion> mostUseful,
                           List<Newcomer> newcomers, List<Unanswered> unanswered, int unansweredCount,
                           int unansweredDays) {

    /** Distinct active people in one week, in all and per kind of contribution. */
    public record Week(LocalDate start, int active, int asked, int answered, int commented, int voted) {
    }

    /** A person's answers in the period: how many, their summed score, and how many were accepted. */
    public record Champion(String person, String name, int answers, int score, int accepted) {
    }

    /** A person whose first post in the community was in the period. */
    public record Newcomer(String person, String name, Instant firstPostAt) {
    }

    /** One community's figures on the site-wide view. */
    public record SiteRow(Community community, HealthFigures current, HealthFigures previous) {
    }
}
