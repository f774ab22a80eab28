package org.guildhall.workbench.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Workbench stand-in for Atlassian's {@code EventPublisher} (bean {@code eventPublisher}): delivers each event
 * synchronously, on the publishing thread, to every subscriber: to the public {@code @EventListener} methods of
 * registered listeners whose parameter type accepts the event (as Confluence dispatches along the event's class
 * hierarchy), and to plain consumers (tests use them to see what the app published).
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

    /** Subscribes the listener's public one-argument {@link EventListener} methods. */
    @Override
    public void register(Object listener) {
        List<Method> methods = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                    && Modifier.isPublic(method.getModifiers())) {
                methods.add(method);
            }
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        for (Method method : methods) {
            subscribers.add(new ListenerMethod(listener, method));
        }
    }

    @Override
    public void unregister(Object listener) {
        subscribers.removeIf(subscriber -> subscriber instanceof ListenerMethod method && method.listener == listener);
    }

    /** Delivers every event published from now on to {@code subscriber}. */
    public void subscribe(Consumer<Object> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Object> subscriber) {
        subscribers.remove(subscriber);
    }

    /** One {@code @EventListener} method of a registered listener. */
    private record ListenerMethod(Object listener, Method method) implements Consumer<Object> {

        @Override
        public void accept(Object event) {
            if (!method.getParameterTypes()[0].isInstance(event)) {
                return;
            }
            try {
                method.invoke(listener, event);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
