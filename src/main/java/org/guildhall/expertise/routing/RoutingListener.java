package org.guildhall.expertise.routing;

import org.guildhall.platform.AppEvents;
import org.guildhall.platform.BackgroundTasks;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.springframework.stereotype.Component;

/**
 * Routes each new question in the background: events arrive on the asking request's thread, which must not wait for
 * the ranking or the mail.
 */
@Component
public class RoutingListener {

    public RoutingListener(AppEvents events, BackgroundTasks background, ExpertRouting routing) {
        events.subscribe(QuestionAskedEvent.class, event -> background.submit(
                "route question " + event.questionId(), () -> routing.routeNewQuestion(event.questionId())));
    }
}
