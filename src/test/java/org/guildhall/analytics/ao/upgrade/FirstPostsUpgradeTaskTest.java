package org.guildhall.analytics.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.FirstPostEntity;
import org.guildhall.qa.PostType;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

/**
 * Version 4 fills each person's first post per community from the posts of the previous schema (which had none):
 * deleted posts do not count, imported authors are {@code external:<id>}, votes are not posts.
 */
public class FirstPostsUpgradeTaskTest extends ActiveObjectsUpgradeTest {

    private static final List<String> EXPECTED = List.of(
            "1|ann=2026-01-08T09:00:00Z", "1|bob=2026-02-01T09:00:00Z", "1|external:5=2025-12-01T09:00:00Z",
            "2|bob=2026-01-20T09:00:00Z");

    @Test
    public void upgrade_fillsEachPersonsEarliestPostThatIsNotDeleted_perCommunity() {
        givenPreviousSchemaWithPosts();

        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        assertThat(firstPosts(), is(EXPECTED));
    }

    @Test
    public void task_runAgainInSmallBatches_givesTheSameRows() {
        givenPreviousSchemaWithPosts();
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        new FirstPostsUpgradeTask(2).upgrade(ModelVersion.valueOf("4"), ao);

        assertThat(firstPosts(), is(EXPECTED));
    }

    @Test
    public void recountingTheCommunities_givesWhatTheUpgradeFilled() {
        givenPreviousSchemaWithPosts();
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao)).recountCommunities(List.of(1L, 2L));

        assertThat(firstPosts(), is(EXPECTED));
        assertThat(new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao))
                .firstPosts(List.of("1|ann", "2|ann", "2|bob")).stream()
                .map(first -> first.communityId() + "|" + first.person() + "=" + first.at()).toList(),
                containsInAnyOrder("2|bob=2026-01-20T09:00:00Z", "1|ann=2026-01-08T09:00:00Z"));
    }

    private void givenPreviousSchemaWithPosts() {
        migrate(QuestionEntity.class, QuestionTopicEntity.class, AnswerEntity.class, CommentEntity.class);
        QuestionDao questions = new QuestionDao(ao);
        AnswerDao answers = new AnswerDao(ao);
        CommentDao comments = new CommentDao(ao);
        ao.executeInTransaction(() -> {
            long deleted = questions.insert(1, "ann", "Deleted", "body", List.of(), at("2026-01-05")).id();
            questions.setDeleted(deleted, true, "ann", at("2026-01-06"));
            long question = questions.insert(1, "dan", "Grind?", "body", List.of(), at("2026-01-07")).id();
            QuestionEntity imported = ao.get(QuestionEntity.class, (int) question);
            imported.setAuthorKey(null);
            imported.setExternalAuthorId(5);
            imported.setCreatedAt(java.util.Date.from(at("2025-12-01")));
            imported.save();
            comments.insert(PostType.QUESTION, question, question, 1, "ann", "Which beans?", at("2026-01-08"));
            answers.insert(question, 1, "ann", "Finer", at("2026-01-10"));
            answers.insert(question, 1, "bob", "Coarser", at("2026-02-01"));
            long gone = answers.insert(question, 1, "carl", "Spam", at("2026-01-09")).id();
            answers.setDeleted(gone, true, "carl", at("2026-01-09"));
            questions.insert(2, "bob", "Tea?", "body", List.of(), at("2026-01-20"));
            return null;
        });
    }

    private List<String> firstPosts() {
        return Arrays.stream(ao.find(FirstPostEntity.class)).map(row -> row.getPairKey() + "="
                + row.getFirstAt().toInstant()).sorted().toList();
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
