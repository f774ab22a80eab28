package org.guildhall.expertise.web;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.guildhall.expertise.PageEvidence;
import org.guildhall.expertise.PageWork;
import org.guildhall.platform.Clock;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Listens for Confluence's page and blog post events and hands who did what to {@link PageEvidence}'s background work.
 * Each method copies a few values out of the event and returns: no database work on the publishing thread. Minor edits
 * ("don't notify watchers") are not evidence of expertise and are dropped here.
 */
@Component
public class PageEvidenceListener {

    private final EventPublisher eventPublisher;
    private final PageEvidence evidence;
    private final Clock clock;

    public PageEvidenceListener(@ComponentImport("eventPublisher") EventPublisher eventPublisher,
                                PageEvidence evidence, Clock clock) {
        this.eventPublisher = eventPublisher;
        this.evidence = evidence;
        this.clock = clock;
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
    public void onPageCreated(PageCreateEvent event) {
        work(event.getPage(), event.getPage().getCreator(), event.isSuppressNotifications());
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        work(event.getPage(), event.getPage().getLastModifier(), event.isSuppressNotifications());
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        work(event.getBlogPost(), event.getBlogPost().getCreator(), event.isSuppressNotifications());
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        work(event.getBlogPost(), event.getBlogPost().getLastModifier(), event.isSuppressNotifications());
    }

    private void work(SpaceContentEntityObject content, ConfluenceUser actor, boolean minorEdit) {
        if (minorEdit || content.getSpace() == null || actor == null) {
            return;
        }
        Date modified = content.getLastModificationDate();
        evidence.recordLater(new PageWork(content.getId(), content.getSpace().getKey(),
                content.getLabels().stream().map(Label::getName).toList(), key(actor),
                content.getCreator() == null ? null : key(content.getCreator()),
                modified == null ? clock.now() : modified.toInstant()));
    }

    private static String key(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }
}
