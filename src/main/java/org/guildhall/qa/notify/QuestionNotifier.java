package org.guildhall.qa.notify;

import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.People;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Comment;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Sends the mails for one activity on a question: reads what happened, decides who hears about it
 * ({@link NotificationRecipients}) and queues one mail per recipient in their language. Runs in the background,
 * after the change was committed; nothing happens when the question or post was deleted meanwhile (nobody hears
 * about what is gone by the time the mail is written).
 */
@Component
public class QuestionNotifier {

    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final CommentDao commentDao;
    private final NotificationRecipients recipients;
    private final QuestionMailComposer composer;
    private final People people;
    private final I18n i18n;
    private final Mail mail;

    public QuestionNotifier(QuestionDao questionDao, AnswerDao answerDao, CommentDao commentDao,
                            NotificationRecipients recipients, QuestionMailComposer composer, People people,
                            I18n i18n, Mail mail) {
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.commentDao = commentDao;
        this.recipients = recipients;
        this.composer = composer;
        this.people = people;
        this.i18n = i18n;
        this.mail = mail;
    }

    /**
     * Queues the activity's notification mails. For the app's own background work only; no permission of the
     * current user is involved (recipients' permissions are checked one by one).
     *
     * @return the number of mails queued
     */
    public int notify(QuestionActivity activity) {
        Optional<QuestionPost> post = post(activity);
        if (post.isEmpty()) {
            return 0;
        }
        List<Recipient> to = recipients.of(activity, post.get().text());
        if (to.isEmpty()) {
            return 0;
        }
        Optional<String> actorName = people.find(activity.actorKey()).map(People.Person::displayName);
        int queued = 0;
        for (Recipient recipient : to) {
            Mail.Message message = composer.compose(activity, post.get(), actorName, recipient,
                    i18n.localeOf(recipient.userKey()));
            if (mail.send(recipient.userKey(), message)) {
                queued++;
            }
        }
        return queued;
    }

    /** The question with the text the activity posted: the question's, the answer's or the comment's body. */
    private Optional<QuestionPost> post(QuestionActivity activity) {
        Optional<Question> question = questionDao.find(activity.questionId()).filter(found -> !found.deleted());
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = switch (activity.kind()) {
            case ASKED -> Optional.of(question.get().body());
            case ANSWERED, ACCEPTED -> answerDao.find(activity.postId())
                    .filter(answer -> answer.questionId() == activity.questionId() && !answer.deleted())
                    .map(Answer::body);
            case COMMENTED -> commentDao.find(activity.postId())
                    .filter(comment -> comment.questionId() == activity.questionId() && !comment.deleted())
                    .map(Comment::body);
        };
        return text.map(body -> new QuestionPost(activity.questionId(), question.get().title(), body));
    }
}
