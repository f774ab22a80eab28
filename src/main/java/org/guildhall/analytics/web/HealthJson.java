package org.guildhall.analytics.web;

import org.guildhall.analytics.HealthFigures;
import org.guildhall.analytics.HealthLinks;
import org.guildhall.analytics.HealthPeriod;
import org.guildhall.analytics.HealthReport;
import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.SiteRow;
import org.guildhall.community.Community;

import java.util.List;

/** The JSON shapes of community health: every figure with its value in the previous period. */
public final class HealthJson {

    static final String QUESTIONS_PATH = "/plugins/servlet/guildhall/questions/";

    private HealthJson() {
    }

    /** @param to the day after the last day, as given */
    public record PeriodJson(String from, String to, String previousFrom, long days) {
    }

    public record CommunityJson(String spaceKey, String name) {
    }

    /** A figure now and in the previous period; {@code trend} is up, down, flat or null when either is unknown. */
    public record FigureJson(String key, Number value, Number previous, String unit, String trend) {
    }

    public record WeekJson(String start, int active, int asked, int answered, int commented, int voted) {
    }

    /** @param url the person's expertise page; null for authors of imported content */
    public record PersonJson(String name, String url, int answers, int score, int accepted) {
    }

    public record NewcomerJson(String name, String url, String firstPostAt) {
    }

    public record UnansweredJson(long id, String title, String askedAt, String url) {
    }

    public record HealthResponse(CommunityJson community, PeriodJson period, List<FigureJson> figures,
                                 List<WeekJson> weeks, List<PersonJson> mostAnswers, List<PersonJson> mostUseful,
                                 List<NewcomerJson> newcomers, int unansweredDays, int unansweredCount,
                                 List<UnansweredJson> unanswered) {
    }

    public record SiteRowJson(CommunityJson community, List<FigureJson> figures) {
    }

    public record SiteResponse(PeriodJson period, String sort, String order, List<SiteRowJson> communities) {
    }

    static PeriodJson period(HealthPeriod period) {
        return new PeriodJson(period.from().toString(), period.to().toString(),
                period.previous().from().toString(), period.days());
    }

    static CommunityJson community(Community community) {
        return new CommunityJson(community.spaceKey(), community.name());
    }

    /** Every figure in display order; the keys are also the CSV columns and the i18n keys' last part. */
    static List<FigureJson> figures(HealthFigures now, HealthFigures before) {
        return List.of(
                count("active-members", now.activeMembers(), before.activeMembers()),
                count("new-members", now.newMembers(), before.newMembers()),
                count("returning-members", now.returningMembers(), before.returningMembers()),
                count("left-members", now.leftMembers(), before.leftMembers()),
                count("questions-asked", now.questionsAsked(), before.questionsAsked()),
                share("answered", now.answeredShare(), before.answeredShare()),
                share("accepted", now.acceptedShare(), before.acceptedShare()),
                seconds("first-answer-median", now.firstAnswerMedian(), before.firstAnswerMedian()),
                seconds("first-answer-p90", now.firstAnswerP90(), before.firstAnswerP90()),
                seconds("accepted-median", now.acceptedMedian(), before.acceptedMedian()),
                share("cross-pollination", now.crossPollinationShare(), before.crossPollinationShare()),
                share("first-time-answered", now.firstTimeShare(), before.firstTimeShare()),
                count("newcomers", now.newcomers(), before.newcomers()),
                count("routed-questions", now.routedQuestions(), before.routedQuestions()),
                share("routed-answered", now.routedAnsweredShare(), before.routedAnsweredShare()),
                count("routing-declines", now.routingDeclines(), before.routingDeclines()));
    }

    private static FigureJson count(String key, int value, int previous) {
        return new FigureJson(key, value, previous, "count", trend(value, previous));
    }

    private static FigureJson share(String key, Double value, Double previous) {
        return new FigureJson(key, value, previous, "share", trend(value, previous));
    }

    private static FigureJson seconds(String key, Long value, Long previous) {
        return new FigureJson(key, value, previous, "seconds", trend(value, previous));
    }

    private static String trend(Number value, Number previous) {
        if (value == null || previous == null) {
            return null;
        }
        int compared = Double.compare(value.doubleValue(), previous.doubleValue());
        return compared > 0 ? "up" : compared < 0 ? "down" : "flat";
    }

    static HealthResponse health(HealthReport report, String baseUrl) {
        return new HealthResponse(community(report.community()), period(report.period()),
                figures(report.current(), report.previous()),
                report.weeks().stream().map(week -> new WeekJson(week.start().toString(), week.active(), week.asked(),
                        week.answered(), week.commented(), week.voted())).toList(),
                people(report.mostAnswers(), baseUrl), people(report.mostUseful(), baseUrl),
                report.newcomers().stream().map(newcomer -> new NewcomerJson(newcomer.name(),
                        personUrl(newcomer.person(), baseUrl), newcomer.firstPostAt().toString())).toList(),
                report.unansweredDays(), report.unansweredCount(),
                report.unanswered().stream().map(question -> new UnansweredJson(question.id(), question.title(),
                        question.askedAt().toString(), baseUrl + QUESTIONS_PATH + question.id())).toList());
    }

    static SiteResponse site(HealthPeriod period, List<SiteRow> rows, String sort, String order) {
        return new SiteResponse(period(period), sort, order, rows.stream().map(row -> new SiteRowJson(
                community(row.community()), figures(row.current(), row.previous()))).toList());
    }

    private static List<PersonJson> people(List<Champion> champions, String baseUrl) {
        return champions.stream().map(champion -> new PersonJson(champion.name(), personUrl(champion.person(),
                baseUrl), champion.answers(), champion.score(), champion.accepted())).toList();
    }

    private static String personUrl(String person, String baseUrl) {
        return HealthLinks.person(person, baseUrl);
    }
}
