package org.guildhall.qa.importer;

import org.guildhall.qa.importer.SimilarQuestionIndex.Hit;
import org.guildhall.qa.importer.SimilarQuestionIndex.IndexedQuestion;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

public class SimilarQuestionIndexTest {

    private final SimilarQuestionIndex index = new SimilarQuestionIndex();

    @Test
    public void ranksByHowWellTheTitleMatches_newerFirstOnEqualScores() {
        index.apply(List.of(
                question(1, 10, "How fine should I grind espresso beans"),
                question(2, 10, "Milk foam for a cappuccino"),
                question(3, 10, "Grind size for espresso"),
                question(4, 10, "Grind size for espresso")));

        List<Hit> hits = index.search("espresso grind size", community -> true, 3);

        assertThat(ids(hits), contains(4, 3, 1));
    }

    @Test
    public void asksAboutEachCommunityOnceAndNeverScoresQuestionsOfHiddenOnes() {
        List<IndexedQuestion> questions = new ArrayList<>();
        for (int id = 1; id <= 300; id++) {
            questions.add(question(id, id % 3 + 1, "Espresso question number " + id));
        }
        questions.add(question(1000, 5_000_000, "Espresso from a community with a very large id"));
        index.apply(questions);
        Map<Integer, Integer> asked = new HashMap<>();

        List<Hit> hits = index.search("espresso", community -> {
            asked.merge(community, 1, Integer::sum);
            return community != 2;
        }, 500);

        assertThat(hits.size(), is(201));
        assertThat(hits.stream().noneMatch(hit -> hit.communityId() == 2), is(true));
        assertThat(asked, is(Map.of(1, 1, 2, 1, 3, 1, 5_000_000, 1)));
    }

    @Test
    public void deletedQuestionsAreNotFound() {
        index.apply(List.of(question(1, 10, "Cold brew ratio")));
        index.apply(List.of(new IndexedQuestion(1, 10, "Cold brew ratio", List.of(), "", true, 2)));

        assertThat(index.search("cold brew", community -> true, 5), is(empty()));
    }

    @Test
    public void skippingTheCommonTermsOfQuestionsThatCannotRankGivesExactlyTheRankingOfReadingEveryPostingList() {
        java.util.Random random = new java.util.Random(42);
        List<String> common = List.of("coffee", "espresso", "milk", "water", "grind", "brew");
        List<String> rare = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rare.add("word" + Integer.toString(i, 36) + "x");
        }
        List<IndexedQuestion> questions = new ArrayList<>();
        for (int id = 1; id <= 5000; id++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(6); w++) {
                List<String> words = random.nextInt(3) == 0 ? rare : common;
                title.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            questions.add(new IndexedQuestion(id, 1 + random.nextInt(20), title.toString(), List.of(common.get(
                    random.nextInt(common.size()))), random.nextBoolean() ? "a longer body about " + title : "",
                    false, 1));
        }
        index.apply(questions);
        index.apply(List.of(new IndexedQuestion(17, 3, "", List.of(), "", true, 2)));

        for (int query = 0; query < 300; query++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                List<String> words = random.nextInt(2) == 0 ? rare : common;
                title.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            int limit = 1 + random.nextInt(20);
            java.util.function.IntPredicate visible = community -> community % 4 != 0;

            assertThat(title.toString(), index.search(title.toString(), visible, limit, true),
                    is(index.search(title.toString(), visible, limit, false)));
        }
    }

    @Test
    public void searchesOneAfterAnotherStartFromNothing() {
        index.apply(List.of(question(1, 10, "Espresso grind size"), question(2, 10, "Milk foam")));

        List<Hit> first = index.search("espresso grind", community -> true, 5);
        assertThat(ids(index.search("milk", community -> true, 5)), contains(2));
        List<Hit> again = index.search("espresso grind", community -> true, 5);

        assertThat(ids(first), contains(1));
        assertThat(again, is(first));
    }

    private static IndexedQuestion question(int id, int community, String title) {
        return new IndexedQuestion(id, community, title, List.of(), "", false, 1);
    }

    private static List<Integer> ids(List<Hit> hits) {
        return hits.stream().map(Hit::questionId).toList();
    }
}
