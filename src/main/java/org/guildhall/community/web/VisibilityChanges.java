package org.guildhall.community.web;

import com.atlassian.confluence.event.events.permission.SpacePermissionEvent;
import org.guildhall.community.MembershipChangedEvent;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.AppEvents;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link VisibleCommunities}' per-reader answers true: a space permission saved or removed anywhere (Confluence
 * publishes a {@link SpacePermissionEvent} for each, including the grants Guildhall changes when a community turns
 * private) drops every reader's answers on every node; a membership change drops the answers of the person whose
 * membership changed (a private community's members see its space through a group Guildhall keeps). Both only drop
 * cache entries and return.
 */
@Component
public class VisibilityChanges {

    public VisibilityChanges(AppEvents events, VisibleCommunities visibleCommunities) {
        events.subscribe(SpacePermissionEvent.class, event -> visibleCommunities.forgetAll());
        events.subscribe(MembershipChangedEvent.class, event -> visibleCommunities.forget(event.subjectKey()));
    }
}
