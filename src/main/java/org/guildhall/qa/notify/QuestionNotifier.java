package org.guildhall.qa.notify;

import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.People;
import org.guildhall.qa.ao.NotificationSourceDao;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Sends the mails for one activity on a question: reads what happened, decides who hears about it
 * ({@link NotificationRecipients}) and queues one mail per recipient in their language. Runs in the background,
 * after the change was committed; nothing happens when the question or post was deleted meanwhile.
 */
@Component
public class QuestionNotifier {

    private final NotificationSourceDao sources;
    private final NotificationRecipients recipients;
    private final QuestionMailComposer composer;
    private final People people;
    private final I18n i18n;
    private final Mail mail;

    public QuestionNotifier(NotificationSourceDao sources, NotificationRecipients recipients,
                            QuestionMailComposer composer, People people, I18n i18n, Mail mail) {
        this.sources = sources;
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

    private Optional<QuestionPost> post(QuestionActivity activity) {
        return switch (activity.kind()) {
            case ASKED -> sources.question(activity.questionId());
            case ANSWERED, ACCEPTED -> sources.answer(activity.questionId(), activity.postId());
            case COMMENTED -> sources.comment(activity.questionId(), activity.postId());
        };
    }
}
