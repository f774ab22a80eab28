package com.atlassian.event.api;

/**
 * Compile-only copy of {@code com.atlassian.event.api.EventPublisher} (atlassian-event 2.0+, shipped with
 * Confluence 10). Confluence registers it as the bean {@code eventPublisher}. Signature confirmed against public
 * sources that implement it (e.g. Crowd's {@code NoOpEventPublisher}: {@code void publish(Object)},
 * {@code register(Object)}, {@code unregister(Object)}, {@code unregisterAll()}). Only the members Guildhall calls.
 */
public interface EventPublisher {

    /** Dispatches the event to every listener with a public {@code @EventListener} method that accepts it. */
    void publish(Object event);

    /** Registers an object whose public {@link EventListener} methods receive events from now on. */
    void register(Object listener);

    /** Stops delivering events to a registered listener. */
    void unregister(Object listener);
}
