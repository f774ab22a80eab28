package org.guildhall.workbench.host;

import com.atlassian.event.api.EventPublisher;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Workbench stand-in for Atlassian's {@code EventPublisher} (bean {@code eventPublisher}): delivers each event
 * synchronously, on the publishing thread, to every subscriber. Confluence dispatches to {@code @EventListener}
 * methods; the workbench's subscribers are plain consumers (tests use them to see what the app published).
 */
public final class WorkbenchEventPublisher implements EventPublisher {

    private final List<Consumer<Object>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        subscribers.forEach(subscriber -> subscriber.accept(event));
    }

    /** Delivers every event published from now on to {@code subscriber}. */
    public void subscribe(Consumer<Object> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Object> subscriber) {
        subscribers.remove(subscriber);
    }
}
