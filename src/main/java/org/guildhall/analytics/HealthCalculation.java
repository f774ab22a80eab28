package org.guildhall.analytics;

import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.HealthReport.Week;
import org.guildhall.analytics.HealthRows.ActivityCounts;
import org.guildhall.analytics.HealthRows.ActivityRow;
import org.guildhall.analytics.HealthRows.AnswerTimes;
import org.guildhall.analytics.HealthRows.Kind;
import org.guildhall.analytics.HealthRows.MembershipCounts;
import org.guildhall.analytics.HealthRows.QuestionCounts;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.HealthDao;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of some communities for a period and the period before it, from a fixed number of statements per period
 * (per 500 communities) that read only the period's rows: the question figures one row per question of the period
 * (counted here, and their times ranked here), active people and membership changes grouped by community in the
 * database; the community page reads one community, the site-wide view all of them. The community page's lists
 * (weeks, champions, newcomers) are read for its one community, each by one statement, its weeks from the same read
 * as its active people. Whether someone had posted before a period (returning members, newcomers) comes from each
 * person's maintained first post in the community ({@link FirstPostDao}), so no earlier period is read.
 */
final class HealthCalculation {

    private final HealthPeriod period;
    private final HealthDao dao;
    private final Figures current;
    private final Figures previous;
    /** The one community's activity rows of the period, when one community was read; else null. */
    private final Long oneCommunity;
    private final List<ActivityRow> activityRows;

    /** What the database counted for one period. */
    private record Figures(HealthPeriod period, Map<Long, QuestionCounts> questions, Map<Long, AnswerTimes> times,
                           Map<Long, ActivityCounts> activity, Map<Long, MembershipCounts> memberships) {

        /** @param activity the activity counts when already known, else null (then counted by the database) */
        static Figures read(HealthDao dao, HealthPeriod period, Collection<Long> communityIds,
                            Map<Long, ActivityCounts> activity) {
            Instant from = period.start();
            Instant to = period.end();
            HealthDao.QuestionFigures questions = dao.questionFigures(communityIds, from, to);
            Map<Long, AnswerTimes> times = new HashMap<>();
            questions.counts().keySet().forEach(id -> {
                List<Long> first = questions.firstAnswerSeconds().getOrDefault(id, List.of());
                List<Long> accepted = questions.acceptedSeconds().getOrDefault(id, List.of());
                times.put(id, new AnswerTimes(percentile(first, 50), percentile(first, 90), percentile(accepted, 50)));
            });
            return new Figures(period, questions.counts(), times,
                    activity != null ? activity : dao.activityCounts(communityIds, from, to),
                    dao.membershipCounts(communityIds, from, to));
        }
    }

    /**
     * One community (its page): its active people and its weeks come from one read of who was active in which week
     * ({@link HealthDao#periodActivity}) instead of two statements over the same posts. Several (the site-wide view):
     * counted by the database, grouped by community.
     */
    private HealthCalculation(HealthPeriod period, HealthDao dao, Collection<Long> communityIds) {
        this.period = period;
        this.dao = dao;
        List<Long> ids = communityIds.stream().distinct().toList();
        if (ids.size() == 1) {
            oneCommunity = ids.get(0);
            List<Instant> weeks = weekStarts();
            activityRows = weeks.isEmpty() ? List.of() : dao.periodActivity(oneCommunity, weeks, period.end());
            current = Figures.read(dao, period, ids, Map.of(oneCommunity, activityCounts(activityRows)));
        } else {
            oneCommunity = null;
            activityRows = null;
            current = Figures.read(dao, period, ids, null);
        }
        previous = Figures.read(dao, period.previous(), ids, null);
    }

    /** Distinct people, those who had posted before the period, and those who posted for the first time in it. */
    private static ActivityCounts activityCounts(List<ActivityRow> rows) {
        Set<String> active = new HashSet<>();
        Set<String> returning = new HashSet<>();
        Set<String> posted = new HashSet<>();
        for (ActivityRow row : rows) {
            active.add(row.person());
            if (row.returning()) {
                returning.add(row.person());
            }
            if (row.kind() != Kind.VOTED) {
                posted.add(row.person());
            }
        }
        posted.removeAll(returning);
        return new ActivityCounts(active.size(), returning.size(), posted.size());
    }

    private List<Instant> weekStarts() {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = period.start(); start.isBefore(period.end()); start = start.plus(7, ChronoUnit.DAYS)) {
            starts.add(start);
        }
        return starts;
    }

    /**
     * @param firstPostDao keeps the first posts the statements look up (see {@link FirstPostDao})
     */
    static HealthCalculation read(HealthPeriod period, HealthDao dao, FirstPostDao firstPostDao,
                                  Collection<Long> communityIds) {
        return new HealthCalculation(period, dao, communityIds);
    }

    HealthFigures current(long communityId) {
        return figures(communityId, current);
    }

    HealthFigures previous(long communityId) {
        return figures(communityId, previous);
    }

    private static HealthFigures figures(long communityId, Figures of) {
        QuestionCounts questions = of.questions().getOrDefault(communityId,
                new QuestionCounts(0, 0, 0, 0, 0, 0, 0, 0));
        AnswerTimes times = of.times().getOrDefault(communityId, new AnswerTimes(null, null, null));
        ActivityCounts activity = of.activity().getOrDefault(communityId, new ActivityCounts(0, 0, 0));
        MembershipCounts memberships = of.memberships().getOrDefault(communityId, new MembershipCounts(0, 0));
        return new HealthFigures(activity.active(), memberships.joined(), memberships.left(), activity.returning(),
                questions.asked(), share(questions.answered(), questions.asked()),
                share(questions.accepted(), questions.asked()), times.firstAnswerMedian(), times.firstAnswerP90(),
                times.acceptedMedian(), share(questions.crossPollinated(), questions.answered()),
                share(questions.answeredByNewcomer(), questions.answered()), activity.newcomers(),
                questions.routed(), share(questions.routedAnswered(), questions.routed()), questions.declines());
    }

    /**
     * @return the weeks of the period, each with its distinct active people in all and per kind
     * @throws IllegalArgumentException for another community than the one this calculation read alone
     */
    List<Week> weeks(long communityId) {
        List<Instant> starts = weekStarts();
        int[][] people = new int[starts.size()][Kind.values().length + 1];
        if (!Long.valueOf(communityId).equals(oneCommunity)) {
            throw new IllegalArgumentException("Weeks are read for the one community a calculation read, not "
                    + communityId);
        }
        List<Set<String>> all = new ArrayList<>();
        starts.forEach(start -> all.add(new HashSet<>()));
        for (ActivityRow row : activityRows) {
            all.get(row.week()).add(row.person());
            people[row.week()][row.kind().ordinal() + 1]++; // one row per week, kind and person
        }
        for (int week = 0; week < starts.size(); week++) {
            people[week][0] = all.get(week).size();
        }
        List<Week> weeks = new ArrayList<>();
        for (int[] week : people) {
            weeks.add(new Week(period.from().plusDays(weeks.size() * 7L), week[0], week[1 + Kind.ASKED.ordinal()],
                    week[1 + Kind.ANSWERED.ordinal()], week[1 + Kind.COMMENTED.ordinal()],
                    week[1 + Kind.VOTED.ordinal()]));
        }
        return weeks;
    }

    /**
     * @return the people who answered in the period with count, summed score and accepted answers, unnamed: everyone
     *         who can be among the first {@link CommunityHealth#CHAMPIONS} by answers or by usefulness
     */
    List<Champion> champions(long communityId) {
        return dao.champions(communityId, period.start(), period.end(), CommunityHealth.CHAMPIONS);
    }

    /** @return the first {@link CommunityHealth#NEWCOMERS} (or more, when tied) newcomers, unnamed, first post first */
    List<Newcomer> newcomers(long communityId) {
        return dao.newcomers(communityId, period.start(), period.end(), CommunityHealth.NEWCOMERS).stream()
                .sorted(Comparator.comparing(Newcomer::firstPostAt).thenComparing(Newcomer::person)).toList();
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it. */
    static Long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
