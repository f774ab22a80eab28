package org.guildhall.privacy.web;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.guildhall.privacy.PersonalData;
import org.springframework.stereotype.Component;

/**
 * When Confluence deletes a user ({@code UserRemoveEvent}), anonymises their Guildhall data. Runs on the publishing
 * thread: the work is a fixed number of statements (one per table and column), and the person must be gone from
 * Guildhall once the deletion is done.
 */
@Component
public class UserDeletedListener {

    private final EventPublisher eventPublisher;
    private final PersonalData personalData;

    public UserDeletedListener(@ComponentImport("eventPublisher") EventPublisher eventPublisher,
                               PersonalData personalData) {
        this.eventPublisher = eventPublisher;
        this.personalData = personalData;
    }

    @PostConstruct
    public void register() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onUserRemoved(UserRemoveEvent event) {
        if (event.getUser() instanceof ConfluenceUser user && user.getKey() != null) {
            personalData.anonymise(user.getKey().getStringValue());
        }
    }
}
