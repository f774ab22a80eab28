package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.pages.Comment}: {@code getContainer()} is the
 * page or blog post commented on (a {@code ContentEntityObject}, as public listeners cast it to {@code AbstractPage}).
 */
public class Comment extends ContentEntityObject {

    private ContentEntityObject container;

    public ContentEntityObject getContainer() {
        return container;
    }

    public void setContainer(ContentEntityObject container) {
        this.container = container;
    }

    @Override
    public String getUrlPath() {
        return container == null ? super.getUrlPath()
                : container.getUrlPath() + "&focusedCommentId=" + getId() + "#comment-" + getId();
    }
}
