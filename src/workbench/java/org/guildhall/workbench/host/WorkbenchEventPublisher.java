package org.guildhall.workbench.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Workbench stand-in for Atlassian's {@code EventPublisher} (bean {@code eventPublisher}): delivers each event
 * synchronously, on the publishing thread, to every subscriber and to every public {@code @EventListener} method of
 * the registered listeners whose parameter type accepts it, as Confluence does. A listener that throws is logged and
 * the others still get the event (Confluence's publisher does the same). The workbench's own subscribers are plain
 * consumers (tests use them to see what the app published).
 */
public final class WorkbenchEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchEventPublisher.class);

    private final List<Consumer<Object>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<Object, List<Method>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        subscribers.forEach(subscriber -> subscriber.accept(event));
        listeners.forEach((listener, methods) -> {
            for (Method method : methods) {
                if (method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        });
    }

    @Override
    public void register(Object listener) {
        List<Method> methods = Arrays.stream(listener.getClass().getMethods())
                .filter(method -> method.isAnnotationPresent(EventListener.class))
                .filter(method -> method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers()))
                .toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        listeners.put(listener, methods);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    /** Delivers every event published from now on to {@code subscriber}. */
    public void subscribe(Consumer<Object> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Object> subscriber) {
        subscribers.remove(subscriber);
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Listener {} failed on {}", method, event.getClass().getName(), e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Listener {} is not accessible", method, e);
        }
    }
}
