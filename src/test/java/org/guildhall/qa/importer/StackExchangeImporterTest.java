package org.guildhall.qa.importer;

import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.ExternalPersonEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.qa.ao.RevisionEntity;
import org.guildhall.qa.ao.TopicEntity;
import org.guildhall.qa.importer.StackExchangeImporter.ImportSummary;
import org.guildhall.qa.importer.ao.ImportDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The import of the coffee sample on every database: what arrives, and that a second import adds nothing. */
public class StackExchangeImporterTest extends ActiveObjectsTest {

    private static final int COMMUNITY = 7;
    private static final String SITE = SampleDumps.COFFEE;

    private ImportSummary importCoffee() throws IOException {
        StackExchangeImporter importer = new StackExchangeImporter(new ImportDao(ao),
                new ActiveObjectsTransactions(ao), new Clock(),
                new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao)));
        try (StackExchangeDump dump = StackExchangeDump.folder(SampleDumps.folder(SITE), null)) {
            return importer.importDump(dump, COMMUNITY, new ImportProgress(), () -> { });
        }
    }

    @Test
    public void importsEveryQuestionAnswerCommentAndAuthorOfTheDump() throws IOException {
        ImportSummary summary = importCoffee();

        assertThat(ao.count(QuestionEntity.class), is(225));
        assertThat(ao.count(AnswerEntity.class), is(327));
        assertThat(ao.count(CommentEntity.class), is(758));
        assertThat(ao.count(ExternalPersonEntity.class), is(131));
        assertThat(ao.count(RevisionEntity.class), is(225 + 327));
        assertThat(summary.questions(), is(225));
        assertThat(ao.count(QuestionEntity.class, "COMMUNITY_ID = ?", COMMUNITY), is(225));
    }

    @Test
    public void keepsAcceptedAnswersOnBothSidesAndTheListState() throws IOException {
        importCoffee();

        assertThat(ao.count(AnswerEntity.class, "ACCEPTED_KEY LIKE ?", "accepted:%"), is(105));
        assertThat(ao.count(QuestionEntity.class, "ACCEPTED_ANSWER_ID IS NOT NULL"), is(105));
        QuestionEntity first = question(1);
        AnswerEntity accepted = ao.get(AnswerEntity.class, first.getAcceptedAnswerId());
        assertThat(accepted.getSourceKey(), is("stackexchange:" + SITE + ":a:24"));
        assertThat(accepted.getAcceptedFor(), is(first.getID()));
        assertThat(accepted.getAcceptedKey(), is("accepted:" + first.getID()));
        // the Q&A core reads the imported acceptance as its own
        assertThat(new AnswerDao(ao).findAccepted(first.getID()).orElseThrow().id(), is((long) accepted.getID()));
        assertThat(first.getListState(), is("accepted"));
        assertThat(first.getAnswerCount(), is(ao.count(AnswerEntity.class, "QUESTION_ID = ?", first.getID())));
    }

    @Test
    public void keepsTitlesScoresDatesAndAttribution() throws IOException {
        importCoffee();

        QuestionEntity first = question(1);
        assertThat(first.getTitle(), is("How should I store whole bean coffee?"));
        assertThat(first.getScore(), is(20));
        // MariaDB's DATETIME keeps whole seconds
        assertThat(first.getCreatedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                is("2015-01-27T20:09:32Z"));
        assertThat(first.getSourceUrl(), is("https://" + SITE + "/q/1"));
        ExternalPersonEntity author = ao.get(ExternalPersonEntity.class, first.getExternalAuthorId());
        assertThat(author.getSourceKey(), is("stackexchange:" + SITE + ":user:4"));
        assertThat(author.getProfileUrl(), is("https://" + SITE + "/users/4"));
        assertThat(author.getDisplayName(), notNullValue());
        assertThat(first.getBodyText(), containsString("microroasted"));
    }

    @Test
    public void turnsTagsIntoTopicsWithTheExcerptAsPlainTextDescription() throws IOException {
        importCoffee();

        assertThat(ao.count(QuestionTopicEntity.class, "QUESTION_ID = ?", question(1).getID()), is(2));
        TopicEntity storage = ao.find(TopicEntity.class, "NAME = ?", "storage")[0];
        assertThat(storage.getDescription(), notNullValue());
        assertThat(storage.getDescription().contains("<"), is(false));
    }

    @Test
    public void closesDuplicatesAndLinksThemToTheirOriginal() throws IOException {
        importCoffee();

        QuestionEntity[] duplicates = ao.find(QuestionEntity.class, "CLOSE_REASON = ?", "duplicate");
        assertThat(duplicates.length, is(3));
        for (QuestionEntity duplicate : duplicates) {
            assertThat(duplicate.getListState(), is("closed"));
            assertThat(duplicate.getDuplicateOfId(), notNullValue());
            assertThat(ao.get(QuestionEntity.class, duplicate.getDuplicateOfId()).getCloseReason(), nullValue());
        }
    }

    @Test
    public void importingTheSameDumpAgainAddsNothing() throws IOException {
        importCoffee();
        Map<String, Integer> before = counts();

        ImportSummary again = importCoffee();

        assertThat(counts(), equalTo(before));
        assertThat(again, is(new ImportSummary(0, 0, 0, 0, 0, 0, 0)));
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("questions", ao.count(QuestionEntity.class));
        counts.put("answers", ao.count(AnswerEntity.class));
        counts.put("comments", ao.count(CommentEntity.class));
        counts.put("people", ao.count(ExternalPersonEntity.class));
        counts.put("topics", ao.count(TopicEntity.class));
        counts.put("question topics", ao.count(QuestionTopicEntity.class));
        counts.put("revisions", ao.count(RevisionEntity.class));
        counts.put("accepted", ao.count(AnswerEntity.class, "ACCEPTED_KEY LIKE ?", "accepted:%"));
        return counts;
    }

    private QuestionEntity question(int stackExchangeId) {
        return ao.find(QuestionEntity.class, "SOURCE_KEY = ?", "stackexchange:" + SITE + ":q:" + stackExchangeId)[0];
    }
}
