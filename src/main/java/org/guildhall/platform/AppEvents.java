package org.guildhall.platform;

import java.util.function.Consumer;

/**
 * Publishes the app's own events (records such as {@code MembershipChangedEvent}) to listeners inside Confluence,
 * including the app's own listeners. Publish only after the change an event announces has been committed.
 */
public interface AppEvents {

    void publish(Object event);

    /**
     * Delivers every event of that type published from now on to the handler, synchronously on the publishing
     * thread (as Confluence delivers events): a handler must be quick — hand real work to {@link BackgroundTasks}.
     */
    <E> void subscribe(Class<E> type, Consumer<? super E> handler);
}
