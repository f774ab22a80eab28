package org.guildhall.platform.confluence;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.guildhall.platform.AppEvents;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link AppEvents} backed by Atlassian's event publisher. The app's subscribers are reached through this one
 * registered listener, so features need no Atlassian annotation: atlassian-event dispatches along the event's class
 * hierarchy, so the {@code Object} listener below sees every event and passes on those a subscriber asked for.
 */
@Component
public class AtlassianAppEvents implements AppEvents {

    private final EventPublisher eventPublisher;
    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public AtlassianAppEvents(@ComponentImport("eventPublisher") EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @PostConstruct
    public void register() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public void unregister() {
        eventPublisher.unregister(this);
    }

    @Override
    public void publish(Object event) {
        eventPublisher.publish(event);
    }

    @Override
    public <E> void subscribe(Class<E> type, Consumer<? super E> handler) {
        subscriptions.add(new Subscription<>(type, handler));
    }

    /** Called by the event publisher for every event; only the app's subscribers' types go further. */
    @EventListener
    public void onEvent(Object event) {
        for (Subscription<?> subscription : subscriptions) {
            subscription.deliver(event);
        }
    }

    private record Subscription<E>(Class<E> type, Consumer<? super E> handler) {

        void deliver(Object event) {
            if (type.isInstance(event)) {
                handler.accept(type.cast(event));
            }
        }
    }
}
