package org.guildhall.qa.notify;

import org.guildhall.platform.AppEvents;
import org.guildhall.platform.BackgroundTasks;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.CommentPostedEvent;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

public class QuestionNotificationListenerTest {

    private final Map<Class<?>, Consumer<Object>> handlers = new HashMap<>();
    private final AppEvents events = new AppEvents() {
        @Override
        public void publish(Object event) {
            handlers.get(event.getClass()).accept(event);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <E> void subscribe(Class<E> type, Consumer<? super E> handler) {
            handlers.put(type, event -> ((Consumer<Object>) handler).accept(event));
        }
    };
    private final BackgroundTasks background = mock(BackgroundTasks.class);
    private final QuestionNotifier notifier = mock(QuestionNotifier.class);

    @Test
    public void anAnswerEventOnlyQueuesWorkAndTheQueuedWorkNotifiesAboutTheAnswer() {
        new QuestionNotificationListener(events, background, notifier);
        Instant at = Instant.parse("2026-03-01T12:00:00Z");

        events.publish(new AnswerPostedEvent(7, 42, "COFFEE", "wb-key-bob", at));

        verifyNoInteractions(notifier);
        ArgumentCaptor<Runnable> work = ArgumentCaptor.forClass(Runnable.class);
        verify(background).submit(anyString(), work.capture());
        work.getValue().run();
        verify(notifier).notify(new QuestionActivity(QuestionActivity.Kind.ANSWERED, 42, 7L, "COFFEE", "wb-key-bob", at));
    }

    @Test
    public void aCommentEventBecomesACommentActivity() {
        new QuestionNotificationListener(events, background, notifier);
        Instant at = Instant.parse("2026-03-01T12:00:00Z");

        events.publish(new CommentPostedEvent(9, "answer", 7, 42, "COFFEE", "wb-key-carol", at));

        ArgumentCaptor<Runnable> work = ArgumentCaptor.forClass(Runnable.class);
        verify(background).submit(anyString(), work.capture());
        work.getValue().run();
        verify(notifier).notify(eq(new QuestionActivity(QuestionActivity.Kind.COMMENTED, 42, 9L, "COFFEE",
                "wb-key-carol", at)));
    }

    @Test
    public void anAcceptanceBecomesAnAcceptedActivityAboutTheAnswer() {
        new QuestionNotificationListener(events, background, notifier);
        Instant at = Instant.parse("2026-03-01T12:00:00Z");

        events.publish(new AnswerAcceptedEvent(7, 42, "COFFEE", "wb-key-alice", true, at));

        ArgumentCaptor<Runnable> work = ArgumentCaptor.forClass(Runnable.class);
        verify(background).submit(anyString(), work.capture());
        work.getValue().run();
        verify(notifier).notify(new QuestionActivity(QuestionActivity.Kind.ACCEPTED, 42, 7L, "COFFEE",
                "wb-key-alice", at));
    }

    @Test
    public void aWithdrawnAcceptanceNotifiesNobody() {
        new QuestionNotificationListener(events, background, notifier);

        events.publish(new AnswerAcceptedEvent(7, 42, "COFFEE", "wb-key-alice", false, Instant.now()));

        verifyNoInteractions(background, notifier);
    }
}
