package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.BlogPost;

/**
 * Compile-only copy of Confluence's
 * {@code com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent}.
 */
public class BlogPostUpdateEvent extends ContentEvent {

    private final BlogPost blogPost;

    public BlogPostUpdateEvent(Object source, BlogPost blogPost, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.blogPost = blogPost;
    }

    public BlogPost getBlogPost() {
        return blogPost;
    }
}
