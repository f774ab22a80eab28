package com.atlassian.confluence.event.events.like;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.like.LikeCreatedEvent} (extends
 * {@code AbstractLikeEvent} extends {@code ContentEvent}): {@code getContent()} is what was liked,
 * {@code getOriginatingUser()} who liked it (a {@code com.atlassian.user.User} in older javadoc; Guildhall reads only
 * what {@code ConfluenceUser} adds, the key).
 */
public class LikeCreatedEvent extends ContentEvent {

    private final ContentEntityObject content;
    private final ConfluenceUser originatingUser;

    public LikeCreatedEvent(Object source, ContentEntityObject content, ConfluenceUser originatingUser) {
        super(source, false);
        this.content = content;
        this.originatingUser = originatingUser;
    }

    public ContentEntityObject getContent() {
        return content;
    }

    public ConfluenceUser getOriginatingUser() {
        return originatingUser;
    }
}
