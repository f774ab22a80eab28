package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Comment;

/** Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.content.comment.CommentCreateEvent}. */
public class CommentCreateEvent extends ContentEvent {

    private final Comment comment;

    public CommentCreateEvent(Object source, Comment comment, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.comment = comment;
    }

    public Comment getComment() {
        return comment;
    }
}
