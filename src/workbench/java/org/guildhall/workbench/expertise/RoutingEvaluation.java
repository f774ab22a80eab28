package org.guildhall.workbench.expertise;

import org.guildhall.expertise.ExpertiseScoring;
import org.guildhall.expertise.routing.RoutingRanking;
import org.guildhall.qa.importer.DumpRows;
import org.guildhall.qa.importer.StackExchangeDump;
import org.guildhall.qa.importer.TagTopics;
import org.guildhall.workbench.qa.EvaluationDumps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Measures question routing on real data. Each dump is replayed in time order (questions, answers, votes and
 * acceptances as events); for every question whose accepted answer came from someone with an earlier post, people
 * are ranked using only the events before the question was asked, and the rank of the accepted answerer is recorded.
 * The asker is never ranked (routing never asks the asker).
 * <ul>
 *     <li><b>Guildhall</b>: the routing ranking ({@link RoutingRanking}) over evidence points of
 *     {@link ExpertiseScoring} (answers with their score so far, accepted answers, questions asked) decayed with its
 *     half-life: the evidence in the question's topics plus a share of the evidence in all topics (each item once,
 *     however many topics its question carries);</li>
 *     <li><b>most active</b>: posts (questions and answers) so far, in all topics;</li>
 *     <li><b>most answers in tags</b>: answers so far to questions carrying one of the question's tags; ties (and
 *     people with none) ordered by posts so far.</li>
 * </ul>
 * Votes in the dump carry only their day, so a vote counts from the end of that day on, and an acceptance from the
 * end of its day (or the answer's time when the dump has no acceptance vote): no information from after the question
 * is used. Prints recall@3, recall@10 and MRR (mean of 1/rank over the full ranking) per dump and pooled.
 *
 * <p>{@code mvn -Pqa-routing-eval -Dqa.eval.dumps=/path/site-a,/path/site-b} (default: the three shared samples).
 */
public final class RoutingEvaluation {

    private RoutingEvaluation() {
    }

    /** The three rankings' figures for one dump: {recall@3, recall@10, MRR} each. */
    public record Result(String site, int questions, double[] guildhall, double[] mostActive, double[] tagAnswers) {
    }

    public static void main(String[] arguments) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path folder : EvaluationDumps.of(arguments)) {
            results.add(evaluate(folder));
        }
        System.out.println(table(results));
    }

    private record Post(int id, boolean question, int parentId, String owner, Instant createdAt, List<String> topics,
                        Integer acceptedAnswerId) {
    }

    private enum Kind { ASK, ANSWER, VOTE, ACCEPT }

    /** One replayed event; {@code value} is +1/−1 for votes. Ties in time: posts before votes before acceptances. */
    private record Event(Instant at, Kind kind, Post post, int value) {
    }

    /** What the replay knows about one person so far. */
    private static final class PersonState {
        final Map<String, Double> weighted = new HashMap<>();
        final Map<String, Integer> tagAnswers = new HashMap<>();
        double weightedAll;
        double weightedOnce;
        int posts;
    }

    /** @return the figures for the dump in that folder */
    public static Result evaluate(Path folder) throws IOException {
        Map<Integer, Post> posts = new HashMap<>();
        List<Event> events = new ArrayList<>();
        Map<Integer, Instant> acceptedAt = new HashMap<>();
        String site;
        try (StackExchangeDump dump = StackExchangeDump.folder(folder, null)) {
            site = dump.site();
            try (InputStream in = dump.open(StackExchangeDump.POSTS)) {
                DumpRows.forEach(StackExchangeDump.POSTS, in, row -> {
                    String type = row.get("PostTypeId");
                    String owner = row.get("OwnerUserId");
                    if (!"1".equals(type) && !"2".equals(type) || row.get("CreationDate") == null) {
                        return;
                    }
                    boolean question = "1".equals(type);
                    List<String> topics = question ? TagTopics.tags(row.get("Tags")).stream().map(TagTopics::topic)
                            .flatMap(Optional::stream).distinct().toList() : List.of();
                    Post post = new Post(Integer.parseInt(row.get("Id")), question,
                            question ? 0 : Integer.parseInt(row.getOrDefault("ParentId", "0")),
                            owner == null || owner.isBlank() || "-1".equals(owner) ? null : owner,
                            time(row.get("CreationDate")), topics,
                            row.get("AcceptedAnswerId") == null ? null : Integer.parseInt(row.get("AcceptedAnswerId")));
                    posts.put(post.id(), post);
                });
            }
            try (InputStream in = dump.open(StackExchangeDump.VOTES)) {
                DumpRows.forEach(StackExchangeDump.VOTES, in, row -> {
                    Post post = posts.get(Integer.parseInt(row.get("PostId")));
                    if (post == null || post.question() || row.get("CreationDate") == null) {
                        return;
                    }
                    Instant endOfDay = time(row.get("CreationDate")).truncatedTo(ChronoUnit.DAYS)
                            .plus(1, ChronoUnit.DAYS);
                    switch (row.get("VoteTypeId")) {
                        case "1" -> acceptedAt.put(post.id(), endOfDay);
                        case "2" -> events.add(new Event(endOfDay, Kind.VOTE, post, 1));
                        case "3" -> events.add(new Event(endOfDay, Kind.VOTE, post, -1));
                        default -> {
                        }
                    }
                });
            }
        }
        for (Post post : posts.values()) {
            if (post.question()) {
                events.add(new Event(post.createdAt(), Kind.ASK, post, 0));
            } else if (posts.containsKey(post.parentId())) {
                events.add(new Event(post.createdAt(), Kind.ANSWER, post, 0));
                Post question = posts.get(post.parentId());
                if (question.acceptedAnswerId() != null && question.acceptedAnswerId() == post.id()) {
                    Instant at = acceptedAt.getOrDefault(post.id(), post.createdAt());
                    events.add(new Event(at.isBefore(post.createdAt()) ? post.createdAt() : at, Kind.ACCEPT, post, 0));
                }
            }
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::kind).thenComparingInt(e -> e.post().id()));

        Map<String, PersonState> people = new HashMap<>();
        Map<Integer, Integer> answerScores = new HashMap<>();
        double[] guildhall = new double[3];
        double[] mostActive = new double[3];
        double[] tagAnswers = new double[3];
        int evaluated = 0;
        for (Event event : events) {
            Post post = event.post();
            switch (event.kind()) {
                case ASK -> {
                    Optional<String> answerer = acceptedAnswerer(post, posts);
                    if (answerer.isPresent() && !answerer.get().equals(post.owner())
                            && people.containsKey(answerer.get()) && people.get(answerer.get()).posts > 0) {
                        evaluated++;
                        Set<String> topics = new HashSet<>(post.topics());
                        add(guildhall, rank(people, post.owner(), answerer.get(),
                                state -> RoutingRanking.score(topics.stream().mapToDouble(
                                        t -> RoutingRanking.topicPart(state.weighted.getOrDefault(t, 0.0), 0)).sum(),
                                        state.weightedOnce),
                                state -> 0));
                        add(mostActive, rank(people, post.owner(), answerer.get(), state -> state.posts,
                                state -> 0));
                        add(tagAnswers, rank(people, post.owner(), answerer.get(),
                                state -> topics.stream().mapToInt(t -> state.tagAnswers.getOrDefault(t, 0)).sum(),
                                state -> state.posts));
                    }
                    if (post.owner() != null) {
                        PersonState asker = people.computeIfAbsent(post.owner(), key -> new PersonState());
                        asker.posts++;
                        credit(asker, post.topics(), ExpertiseScoring.QUESTION_POINTS
                                * ExpertiseScoring.weight(post.createdAt()));
                    }
                }
                case ANSWER -> {
                    answerScores.put(post.id(), 0);
                    if (post.owner() != null) {
                        PersonState answerer = people.computeIfAbsent(post.owner(), key -> new PersonState());
                        answerer.posts++;
                        List<String> topics = posts.get(post.parentId()).topics();
                        topics.forEach(topic -> answerer.tagAnswers.merge(topic, 1, Integer::sum));
                        credit(answerer, topics, ExpertiseScoring.answerPoints(0)
                                * ExpertiseScoring.weight(post.createdAt()));
                    }
                }
                case VOTE -> {
                    Integer before = answerScores.get(post.id());
                    if (before == null) {
                        continue;
                    }
                    answerScores.put(post.id(), before + event.value());
                    if (post.owner() != null) {
                        double change = ExpertiseScoring.answerPoints(before + event.value())
                                - ExpertiseScoring.answerPoints(before);
                        credit(people.get(post.owner()), posts.get(post.parentId()).topics(),
                                change * ExpertiseScoring.weight(post.createdAt()));
                    }
                }
                case ACCEPT -> {
                    if (post.owner() != null) {
                        credit(people.get(post.owner()), posts.get(post.parentId()).topics(),
                                ExpertiseScoring.ACCEPTED_POINTS * ExpertiseScoring.weight(event.at()));
                    }
                }
            }
        }
        int n = Math.max(1, evaluated);
        for (double[] figures : List.of(guildhall, mostActive, tagAnswers)) {
            for (int i = 0; i < figures.length; i++) {
                figures[i] /= n;
            }
        }
        return new Result(site, evaluated, guildhall, mostActive, tagAnswers);
    }

    /** Evidence counts once per topic its question carries (as in {@link ExpertiseScoring#evidenceOf}). */
    private static void credit(PersonState person, List<String> topics, double weighted) {
        for (String topic : topics) {
            person.weighted.merge(topic, weighted, Double::sum);
            person.weightedAll += weighted;
        }
        person.weightedOnce += weighted;
    }

    private static Optional<String> acceptedAnswerer(Post question, Map<Integer, Post> posts) {
        return Optional.ofNullable(question.acceptedAnswerId()).map(posts::get).map(Post::owner);
    }

    /**
     * The 1-based rank of {@code target} among everyone known except the asker, by the primary then the secondary
     * key, both descending; a tie counts against the target (people tied with it rank before it), so no ranking gains
     * from a lucky tie order.
     */
    private static int rank(Map<String, PersonState> people, String asker, String target,
                            ToDoubleFunction<PersonState> primary, ToDoubleFunction<PersonState> secondary) {
        PersonState wanted = people.get(target);
        double targetPrimary = primary.applyAsDouble(wanted);
        double targetSecondary = secondary.applyAsDouble(wanted);
        int rank = 1;
        for (Map.Entry<String, PersonState> entry : people.entrySet()) {
            if (entry.getKey().equals(target) || entry.getKey().equals(asker)) {
                continue;
            }
            double p = primary.applyAsDouble(entry.getValue());
            if (p > targetPrimary + 1e-12 || Math.abs(p - targetPrimary) <= 1e-12
                    && secondary.applyAsDouble(entry.getValue()) >= targetSecondary - 1e-12) {
                rank++;
            }
        }
        return rank;
    }

    private static void add(double[] figures, int rank) {
        figures[0] += rank <= 3 ? 1 : 0;
        figures[1] += rank <= 10 ? 1 : 0;
        figures[2] += 1.0 / rank;
    }

    private static Instant time(String value) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    /** @return a Markdown table: per dump and pooled (each question counts once), the three rankings side by side */
    public static String table(List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append("| dump | questions | ranking | recall@3 | recall@10 | MRR |\n|---|---|---|---|---|---|\n");
        int total = 0;
        double[][] pooled = new double[3][3];
        for (Result result : results) {
            rows(table, result.site(), result.questions(), result.guildhall(), result.mostActive(),
                    result.tagAnswers());
            total += result.questions();
            double[][] figures = {result.guildhall(), result.mostActive(), result.tagAnswers()};
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < 3; i++) {
                    pooled[r][i] += figures[r][i] * result.questions();
                }
            }
        }
        for (double[] figures : pooled) {
            for (int i = 0; i < 3; i++) {
                figures[i] /= Math.max(1, total);
            }
        }
        rows(table, "pooled", total, pooled[0], pooled[1], pooled[2]);
        return table.toString();
    }

    private static void rows(StringBuilder table, String site, int questions, double[] guildhall, double[] mostActive,
                             double[] tagAnswers) {
        row(table, site, questions, "Guildhall", guildhall);
        row(table, site, questions, "most active", mostActive);
        row(table, site, questions, "most answers in tags", tagAnswers);
    }

    private static void row(StringBuilder table, String site, int questions, String ranking, double[] figures) {
        table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f |%n", site, questions, ranking,
                figures[0], figures[1], figures[2]));
    }
}
