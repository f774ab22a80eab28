package org.guildhall.workbench.qa;

import org.guildhall.qa.importer.DumpRows;
import org.guildhall.qa.importer.PlainText;
import org.guildhall.qa.importer.SimilarQuestionIndex;
import org.guildhall.qa.importer.SimilarQuestionIndex.Hit;
import org.guildhall.qa.importer.SimilarQuestionIndex.IndexedQuestion;
import org.guildhall.qa.importer.StackExchangeDump;
import org.guildhall.qa.importer.TagTopics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the similar-question suggestions on real duplicates: for every duplicate link of a dump (PostLinks
 * LinkTypeId 3, both ends questions), the site is indexed without any of its duplicate questions, the duplicate's
 * title is typed, and the rank of the original among the suggestions is recorded. Prints recall@5 (the original is
 * among the 5 suggestions) and MRR (mean of 1/rank, 0 when not among the 5) per dump and pooled, for the app's index
 * and for a plain keyword match (questions ranked by how many distinct lower-case words of the typed title their
 * title contains; ties: newer first), which is what {@code LIKE '%word%'} per word would give.
 *
 * <p>{@code mvn -Pqa-eval -Dqa.eval.dumps=/path/site-a,/path/site-b} (default: the three shared samples).
 */
public final class SimilarQuestionsEvaluation {

    private static final int K = 5;

    private SimilarQuestionsEvaluation() {
    }

    /** One dump's figures. */
    record Result(String site, int links, double recall, double mrr, double baselineRecall, double baselineMrr) {
    }

    public static void main(String[] arguments) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path folder : EvaluationDumps.of(arguments)) {
            results.add(evaluate(folder));
        }
        System.out.println(table(results));
    }

    /** @return the figures for the dump in that folder */
    public static Result evaluate(Path folder) throws IOException {
        Map<Integer, IndexedQuestion> questions = new LinkedHashMap<>();
        try (StackExchangeDump dump = StackExchangeDump.folder(folder, null)) {
            try (InputStream in = dump.open(StackExchangeDump.POSTS)) {
                DumpRows.forEach(StackExchangeDump.POSTS, in, row -> {
                    if ("1".equals(row.get("PostTypeId"))) {
                        int id = Integer.parseInt(row.get("Id"));
                        List<String> topics = TagTopics.tags(row.get("Tags")).stream()
                                .map(TagTopics::topic).flatMap(java.util.Optional::stream).toList();
                        questions.put(id, new IndexedQuestion(id, 1, row.getOrDefault("Title", ""), topics,
                                PlainText.fromHtml(row.get("Body")), false, 0));
                    }
                });
            }
            List<int[]> links = new ArrayList<>();
            try (InputStream in = dump.open(StackExchangeDump.POST_LINKS)) {
                DumpRows.forEach(StackExchangeDump.POST_LINKS, in, row -> {
                    int duplicate = Integer.parseInt(row.get("PostId"));
                    int original = Integer.parseInt(row.get("RelatedPostId"));
                    if ("3".equals(row.get("LinkTypeId")) && duplicate != original
                            && questions.containsKey(duplicate) && questions.containsKey(original)) {
                        links.add(new int[]{duplicate, original});
                    }
                });
            }
            Set<Integer> duplicates = new HashSet<>();
            links.forEach(link -> duplicates.add(link[0]));
            SimilarQuestionIndex index = new SimilarQuestionIndex();
            List<IndexedQuestion> kept = questions.values().stream().filter(q -> !duplicates.contains(q.id())
                    || links.stream().anyMatch(link -> link[1] == q.id())).toList();
            index.apply(kept);
            double recall = 0;
            double mrr = 0;
            double baselineRecall = 0;
            double baselineMrr = 0;
            for (int[] link : links) {
                String title = questions.get(link[0]).title();
                List<Integer> ranked = index.search(title, community -> true, K + 1).stream()
                        .map(Hit::questionId).filter(id -> id != link[0]).limit(K).toList();
                int rank = ranked.indexOf(link[1]) + 1;
                recall += rank > 0 ? 1 : 0;
                mrr += rank > 0 ? 1.0 / rank : 0;
                int baselineRank = keywordRank(title, kept, link[0], link[1]);
                baselineRecall += baselineRank > 0 ? 1 : 0;
                baselineMrr += baselineRank > 0 ? 1.0 / baselineRank : 0;
            }
            int n = Math.max(1, links.size());
            return new Result(dump.site(), links.size(), recall / n, mrr / n, baselineRecall / n, baselineMrr / n);
        }
    }

    /** The baseline's rank (1–5) of the original, or 0 when it is not among its first five. */
    private static int keywordRank(String title, List<IndexedQuestion> questions, int duplicate, int original) {
        Set<String> words = words(title);
        List<int[]> scored = new ArrayList<>();
        for (IndexedQuestion question : questions) {
            if (question.id() == duplicate) {
                continue;
            }
            Set<String> shared = words(question.title());
            shared.retainAll(words);
            if (!shared.isEmpty()) {
                scored.add(new int[]{question.id(), shared.size()});
            }
        }
        scored.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[0], a[0]));
        for (int i = 0; i < Math.min(K, scored.size()); i++) {
            if (scored.get(i)[0] == original) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(word -> !word.isEmpty()).toList());
    }

    /** @return a Markdown table of the results and their pooled figures (each link counts once) */
    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append("| dump | duplicate links | recall@5 | MRR | keyword recall@5 | keyword MRR |\n");
        table.append("|---|---|---|---|---|---|\n");
        int links = 0;
        double recall = 0;
        double mrr = 0;
        double baselineRecall = 0;
        double baselineMrr = 0;
        for (Result result : results) {
            table.append(row(result.site(), result.links(), result.recall(), result.mrr(), result.baselineRecall(),
                    result.baselineMrr()));
            links += result.links();
            recall += result.recall() * result.links();
            mrr += result.mrr() * result.links();
            baselineRecall += result.baselineRecall() * result.links();
            baselineMrr += result.baselineMrr() * result.links();
        }
        int n = Math.max(1, links);
        table.append(row("pooled", links, recall / n, mrr / n, baselineRecall / n, baselineMrr / n));
        return table.toString();
    }

    private static String row(String name, int links, double recall, double mrr, double baselineRecall,
                              double baselineMrr) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, links, recall, mrr,
                baselineRecall, baselineMrr);
    }
}
