package org.guildhall.qa.ao;

import org.guildhall.qa.notify.QaRows;
import org.guildhall.qa.notify.QuestionPost;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

public class NotificationSourceDaoTest extends ActiveObjectsTest {

    private NotificationSourceDao dao;
    private QaRows rows;

    @Before
    public void createDao() {
        dao = new NotificationSourceDao(ao);
        rows = new QaRows(ao);
    }

    @Test
    public void question_quotesTheQuestionsTitleAndBody() {
        long question = rows.question("wb-key-alice", "Which grind for espresso?", "Fine or coarse?");

        assertThat(dao.question(question), is(Optional.of(new QuestionPost(question, "Which grind for espresso?",
                "Fine or coarse?"))));
    }

    @Test
    public void answer_quotesTheAnswerUnderItsQuestionsTitle() {
        long question = rows.question("wb-key-alice", "Which grind?", "Body");
        long answer = rows.answer(question, "wb-key-bob", "Fine, like powdered sugar.");

        assertThat(dao.answer(question, answer),
                is(Optional.of(new QuestionPost(question, "Which grind?", "Fine, like powdered sugar."))));
    }

    @Test
    public void answer_isNotFoundUnderAnotherQuestion() {
        long question = rows.question("wb-key-alice", "Which grind?", "Body");
        long other = rows.question("wb-key-alice", "Which beans?", "Body");
        long answer = rows.answer(question, "wb-key-bob", "Fine.");

        assertThat(dao.answer(other, answer), is(Optional.empty()));
    }

    @Test
    public void answer_isNotFoundOnceDeleted() {
        long question = rows.question("wb-key-alice", "Which grind?", "Body");
        long answer = rows.answer(question, "wb-key-bob", "Fine.");
        rows.deleteAnswer(answer);

        assertThat(dao.answer(question, answer), is(Optional.empty()));
    }

    @Test
    public void comment_quotesTheCommentUnderItsQuestionsTitle() {
        long question = rows.question("wb-key-alice", "Which grind?", "Body");
        long comment = rows.comment(question, "wb-key-carol", "Depends on the machine.");

        assertThat(dao.comment(question, comment),
                is(Optional.of(new QuestionPost(question, "Which grind?", "Depends on the machine."))));
    }

    @Test
    public void question_isNotFoundWhenThereIsNone() {
        assertThat(dao.question(4711), is(Optional.empty()));
    }
}
