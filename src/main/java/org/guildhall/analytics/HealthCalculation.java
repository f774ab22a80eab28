package org.guildhall.analytics;

import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.HealthReport.Week;
import org.guildhall.analytics.HealthRows.AnswerRow;
import org.guildhall.analytics.HealthRows.AskedQuestion;
import org.guildhall.analytics.HealthRows.Contribution;
import org.guildhall.analytics.HealthRows.Kind;
import org.guildhall.analytics.HealthRows.MembershipChange;
import org.guildhall.analytics.HealthRows.Routed;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.FirstPostDao.FirstPost;
import org.guildhall.analytics.ao.HealthDao;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of some communities for a period and the period before it, computed from the rows of both periods read
 * in one go (a fixed number of indexed statements, however many communities): the community page reads one
 * community, the site-wide view all of them. Whether someone had posted before a period (returning members,
 * newcomers) comes from each active person's maintained first post in the community ({@link FirstPostDao}), so no
 * earlier period is read.
 */
final class HealthCalculation {

    private final HealthPeriod period;
    private final HealthPeriod previous;
    private final Map<Long, List<AskedQuestion>> questions;
    private final Map<Long, List<AnswerRow>> answersByQuestion;
    private final Map<Long, List<AnswerRow>> answersWritten;
    private final Map<Long, List<Contribution>> contributions;
    private final Map<Long, List<MembershipChange>> membershipChanges;
    private final Map<Long, List<Routed>> routings;
    private final Map<String, Set<Long>> memberships;
    /** By community: when the people active in either period first posted there (deleted posts not counted) */
    private final Map<Long, Map<String, Instant>> firstPosts;

    private HealthCalculation(HealthPeriod period, HealthDao dao, FirstPostDao firstPostDao,
                              Collection<Long> communityIds) {
        this.period = period;
        this.previous = period.previous();
        Instant start = previous.start();
        Instant end = period.end();
        List<AskedQuestion> asked = dao.askedQuestions(communityIds, start, end);
        this.questions = asked.stream().collect(Collectors.groupingBy(AskedQuestion::communityId));
        List<Long> questionIds = asked.stream().map(AskedQuestion::id).toList();
        this.answersByQuestion = dao.answersTo(questionIds, end).stream()
                .collect(Collectors.groupingBy(AnswerRow::questionId));
        List<AnswerRow> written = dao.answersWritten(communityIds, start, end);
        this.answersWritten = written.stream().collect(Collectors.groupingBy(AnswerRow::communityId));
        List<Contribution> all = new ArrayList<>(dao.contributions(communityIds, start, end));
        written.forEach(answer -> all.add(new Contribution(answer.communityId(), answer.author(), Kind.ANSWERED,
                answer.createdAt())));
        all.removeIf(contribution -> contribution.person() == null);
        this.contributions = all.stream().collect(Collectors.groupingBy(Contribution::communityId));
        this.membershipChanges = dao.membershipChanges(communityIds, start, end).stream()
                .collect(Collectors.groupingBy(MembershipChange::communityId));
        this.routings = dao.routings(questionIds).stream().collect(Collectors.groupingBy(Routed::questionId));
        Set<String> userKeys = new HashSet<>();
        asked.stream().map(AskedQuestion::asker).filter(Objects::nonNull).forEach(userKeys::add);
        answersByQuestion.values().forEach(answers -> answers.stream().filter(AnswerRow::confluenceUser)
                .forEach(answer -> userKeys.add(answer.author())));
        this.memberships = dao.memberships(userKeys);
        // when each active person first posted in their community, from the maintained first posts (one indexed
        // look-up per person and community, never their earlier posts)
        this.firstPosts = new HashMap<>();
        Set<String> pairs = all.stream().map(contribution -> FirstPostDao.pairKey(contribution.communityId(),
                contribution.person())).collect(Collectors.toSet());
        for (FirstPost first : firstPostDao.firstPosts(pairs)) {
            firstPosts.computeIfAbsent(first.communityId(), id -> new HashMap<>()).put(first.person(), first.at());
        }
    }

    static HealthCalculation read(HealthPeriod period, HealthDao dao, FirstPostDao firstPostDao,
                                  Collection<Long> communityIds) {
        return new HealthCalculation(period, dao, firstPostDao, communityIds);
    }

    HealthFigures current(long communityId) {
        return figures(communityId, period);
    }

    HealthFigures previous(long communityId) {
        return figures(communityId, previous);
    }

    private HealthFigures figures(long communityId, HealthPeriod of) {
        List<Contribution> done = in(contributions.get(communityId), of, Contribution::at);
        Set<String> active = done.stream().map(Contribution::person).collect(Collectors.toSet());
        Set<String> postedBefore = postedBefore(communityId, of);
        Set<String> returning = active.stream().filter(postedBefore::contains).collect(Collectors.toSet());
        Set<String> newcomers = newcomers(communityId, of).keySet();
        List<MembershipChange> changes = in(membershipChanges.get(communityId), of, MembershipChange::at);
        int joined = (int) changes.stream().filter(MembershipChange::joined).map(MembershipChange::person)
                .distinct().count();
        int left = (int) changes.stream().filter(change -> !change.joined()).map(MembershipChange::person)
                .distinct().count();

        List<AskedQuestion> asked = in(questions.get(communityId), of, AskedQuestion::askedAt);
        List<Long> firstAnswer = new ArrayList<>();
        List<Long> accepted = new ArrayList<>();
        int answered = 0;
        int cross = 0;
        int firstTime = 0;
        int routed = 0;
        int routedAnswered = 0;
        int declines = 0;
        for (AskedQuestion question : asked) {
            List<AnswerRow> answers = answersByQuestion.getOrDefault(question.id(), List.of()).stream()
                    .filter(answer -> answer.createdAt().isBefore(of.end())).toList();
            List<AnswerRow> byOthers = answers.stream()
                    .filter(answer -> answer.author() != null && !answer.author().equals(question.asker())).toList();
            answers.stream().map(AnswerRow::acceptedAt).filter(Objects::nonNull)
                    .filter(at -> at.isBefore(of.end())).findFirst()
                    .ifPresent(at -> accepted.add(seconds(question.askedAt(), at)));
            List<Routed> routedTo = routings.getOrDefault(question.id(), List.of());
            if (!routedTo.isEmpty()) {
                routed++;
                declines += (int) routedTo.stream().filter(Routed::declined).count();
                Set<String> experts = routedTo.stream().map(Routed::person).collect(Collectors.toSet());
                if (byOthers.stream().anyMatch(answer -> experts.contains(answer.author()))) {
                    routedAnswered++;
                }
            }
            if (byOthers.isEmpty()) {
                continue;
            }
            answered++;
            Instant first = byOthers.stream().map(AnswerRow::createdAt).min(Comparator.naturalOrder()).orElseThrow();
            firstAnswer.add(seconds(question.askedAt(), first));
            Set<Long> usual = question.asker() == null ? Set.of()
                    : memberships.getOrDefault(question.asker(), Set.of());
            if (!usual.isEmpty() && byOthers.stream().anyMatch(answer -> answer.confluenceUser()
                    && memberships.getOrDefault(answer.author(), Set.of()).stream().noneMatch(usual::contains))) {
                cross++;
            }
            if (byOthers.stream().anyMatch(answer -> newcomers.contains(answer.author()))) {
                firstTime++;
            }
        }
        return new HealthFigures(active.size(), joined, left, returning.size(), asked.size(),
                share(answered, asked.size()), share(accepted.size(), asked.size()), percentile(firstAnswer, 50),
                percentile(firstAnswer, 90), percentile(accepted, 50), share(cross, answered),
                share(firstTime, answered), newcomers.size(), routed, share(routedAnswered, routed), declines);
    }

    /** @return the people active in the community in either period who had posted there before the period starts */
    private Set<String> postedBefore(long communityId, HealthPeriod of) {
        return firstPosts.getOrDefault(communityId, Map.of()).entrySet().stream()
                .filter(first -> first.getValue().isBefore(of.start())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** @return the people whose first post in the community was in the period, with when */
    private Map<String, Instant> newcomers(long communityId, HealthPeriod of) {
        Set<String> before = postedBefore(communityId, of);
        Map<String, Instant> first = new HashMap<>();
        in(contributions.get(communityId), of, Contribution::at).stream()
                .filter(contribution -> contribution.kind() != Kind.VOTED)
                .filter(contribution -> !before.contains(contribution.person()))
                .forEach(contribution -> first.merge(contribution.person(), contribution.at(),
                        (a, b) -> a.isBefore(b) ? a : b));
        return first;
    }

    /** @return the weeks of the period, each with its distinct active people in all and per kind */
    List<Week> weeks(long communityId) {
        List<Week> weeks = new ArrayList<>();
        List<Contribution> done = in(contributions.get(communityId), period, Contribution::at);
        for (Instant start = period.start(); start.isBefore(period.end()); start = start.plus(7, ChronoUnit.DAYS)) {
            Instant from = start;
            Instant to = start.plus(7, ChronoUnit.DAYS);
            List<Contribution> week = done.stream()
                    .filter(contribution -> !contribution.at().isBefore(from) && contribution.at().isBefore(to))
                    .toList();
            weeks.add(new Week(period.from().plusDays(weeks.size() * 7L), people(week, null),
                    people(week, Kind.ASKED), people(week, Kind.ANSWERED), people(week, Kind.COMMENTED),
                    people(week, Kind.VOTED)));
        }
        return weeks;
    }

    private static int people(List<Contribution> contributions, Kind kind) {
        return (int) contributions.stream().filter(contribution -> kind == null || contribution.kind() == kind)
                .map(Contribution::person).distinct().count();
    }

    /** @return everyone who answered in the period, with count, summed score and accepted answers, unnamed */
    List<Champion> champions(long communityId) {
        Map<String, int[]> byPerson = new HashMap<>();
        for (AnswerRow answer : in(answersWritten.get(communityId), period, AnswerRow::createdAt)) {
            if (answer.author() == null) {
                continue;
            }
            int[] counts = byPerson.computeIfAbsent(answer.author(), key -> new int[3]);
            counts[0]++;
            counts[1] += answer.score();
            counts[2] += answer.acceptedAt() == null ? 0 : 1;
        }
        return byPerson.entrySet().stream().map(entry -> new Champion(entry.getKey(), entry.getKey(),
                entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])).toList();
    }

    /** @return the newcomers of the period, unnamed, first post first */
    List<Newcomer> newcomers(long communityId) {
        return newcomers(communityId, period).entrySet().stream()
                .map(entry -> new Newcomer(entry.getKey(), entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Newcomer::firstPostAt).thenComparing(Newcomer::person)).toList();
    }

    private static <T> List<T> in(List<T> rows, HealthPeriod of, Function<T, Instant> at) {
        return rows == null ? List.of() : rows.stream().filter(row -> of.contains(at.apply(row))).toList();
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).getSeconds();
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
