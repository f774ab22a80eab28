package org.guildhall.qa.notify;

import org.guildhall.platform.AppEvents;
import org.guildhall.platform.BackgroundTasks;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.CommentPostedEvent;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.springframework.stereotype.Component;

import static org.guildhall.qa.notify.QuestionActivity.Kind.ACCEPTED;
import static org.guildhall.qa.notify.QuestionActivity.Kind.ANSWERED;
import static org.guildhall.qa.notify.QuestionActivity.Kind.ASKED;
import static org.guildhall.qa.notify.QuestionActivity.Kind.COMMENTED;

/**
 * Listens to the Q&A events ({@link org.guildhall.qa.QaEvents}) and hands each, translated into a
 * {@link QuestionActivity}, to the {@link QuestionNotifier} in the background. Events arrive on the thread of the
 * request that caused them, so this does nothing else: no queries, no mail. A withdrawn acceptance is not news
 * anybody is mailed about.
 */
@Component
public class QuestionNotificationListener {

    private final BackgroundTasks background;
    private final QuestionNotifier notifier;

    public QuestionNotificationListener(AppEvents events, BackgroundTasks background, QuestionNotifier notifier) {
        this.background = background;
        this.notifier = notifier;
        events.subscribe(QuestionAskedEvent.class, event -> queue(new QuestionActivity(
                ASKED, event.questionId(), null, event.spaceKey(), event.actorKey(), event.at())));
        events.subscribe(AnswerPostedEvent.class, event -> queue(new QuestionActivity(
                ANSWERED, event.questionId(), event.answerId(), event.spaceKey(), event.actorKey(), event.at())));
        events.subscribe(CommentPostedEvent.class, event -> queue(new QuestionActivity(
                COMMENTED, event.questionId(), event.commentId(), event.spaceKey(), event.actorKey(), event.at())));
        events.subscribe(AnswerAcceptedEvent.class, event -> {
            if (event.accepted()) {
                queue(new QuestionActivity(ACCEPTED, event.questionId(), event.answerId(), event.spaceKey(),
                        event.actorKey(), event.at()));
            }
        });
    }

    private void queue(QuestionActivity activity) {
        background.submit("question notification " + activity, () -> notifier.notify(activity));
    }
}
