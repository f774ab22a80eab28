package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

/** Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.content.page.PageCreateEvent}. */
public class PageCreateEvent extends ContentEvent {

    private final Page page;

    public PageCreateEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
