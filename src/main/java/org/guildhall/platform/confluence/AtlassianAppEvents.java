package org.guildhall.platform.confluence;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.AppEvents;
import org.springframework.stereotype.Component;

/** {@link AppEvents} backed by Atlassian's event publisher. */
@Component
public class AtlassianAppEvents implements AppEvents {

    private final EventPublisher eventPublisher;

    public AtlassianAppEvents(@ComponentImport("eventPublisher") EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @Override
    public void publish(Object event) {
        eventPublisher.publish(event);
    }
}
