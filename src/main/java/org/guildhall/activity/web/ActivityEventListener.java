package org.guildhall.activity.web;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.ActivityRecorder;
import org.guildhall.activity.ContentChange;
import org.guildhall.community.MembershipChangedEvent;
import org.guildhall.platform.Clock;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.CommentPostedEvent;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.guildhall.qa.QaEvents.QuestionClosedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * Listens on Confluence's event publisher for Guildhall's own events (Q&A, membership) and Confluence's content
 * events, and hands what the stream records to the {@link ActivityRecorder}'s background thread. Each method only
 * copies a few values out of the event and returns: no database work on the publishing thread. Content outside
 * community spaces is dropped later, by the recorder (finding the community takes a query).
 */
@Component
public class ActivityEventListener {

    private final EventPublisher eventPublisher;
    private final ActivityRecorder recorder;
    private final Clock clock;

    public ActivityEventListener(@ComponentImport("eventPublisher") EventPublisher eventPublisher,
                                 ActivityRecorder recorder, Clock clock) {
        this.eventPublisher = eventPublisher;
        this.recorder = recorder;
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
    public void onQuestionAsked(QuestionAskedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onAnswerPosted(AnswerPostedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onAnswerAccepted(AnswerAcceptedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onQuestionClosed(QuestionClosedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onQaComment(CommentPostedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onMembershipChanged(MembershipChangedEvent event) {
        recorder.recordLater(event);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        content(ActivityKind.PAGE_CREATED, event.getPage(), event.getPage().getCreator(),
                event.isSuppressNotifications());
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        content(ActivityKind.PAGE_UPDATED, event.getPage(), event.getPage().getLastModifier(),
                event.isSuppressNotifications());
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        content(ActivityKind.BLOG_POSTED, event.getBlogPost(), event.getBlogPost().getCreator(),
                event.isSuppressNotifications());
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        content(ActivityKind.BLOG_UPDATED, event.getBlogPost(), event.getBlogPost().getLastModifier(),
                event.isSuppressNotifications());
    }

    @EventListener
    public void onCommentCreated(CommentCreateEvent event) {
        Comment comment = event.getComment();
        if (event.isSuppressNotifications() || !(comment.getContainer() instanceof SpaceContentEntityObject page)
                || page.getSpace() == null || comment.getCreator() == null) {
            return;
        }
        recorder.recordLater(new ContentChange(ActivityKind.PAGE_COMMENTED, page.getSpace().getKey(), "comment",
                comment.getId(), page.getId(), page.getTitle(), comment.getBodyAsString(), key(comment.getCreator()),
                comment.getUrlPath(), time(comment.getLastModificationDate())));
    }

    @EventListener
    public void onLiked(LikeCreatedEvent event) {
        ContentEntityObject liked = event.getContent();
        SpaceContentEntityObject page = liked instanceof Comment comment
                && comment.getContainer() instanceof SpaceContentEntityObject container ? container
                : liked instanceof SpaceContentEntityObject spaceContent ? spaceContent : null;
        if (page == null || page.getSpace() == null || event.getOriginatingUser() == null) {
            return;
        }
        recorder.recordLater(new ContentChange(ActivityKind.CONTENT_LIKED, page.getSpace().getKey(),
                liked instanceof Comment ? "comment" : liked instanceof BlogPost ? "blogpost" : "page", liked.getId(),
                page.getId(), page.getTitle(), null, key(event.getOriginatingUser()), liked.getUrlPath(), clock.now()));
    }

    private void content(ActivityKind kind, SpaceContentEntityObject content, ConfluenceUser actor,
                         boolean suppressNotifications) {
        // Minor edits ("don't notify watchers") stay out of the stream, as they stay out of notifications.
        if (suppressNotifications || content.getSpace() == null || actor == null) {
            return;
        }
        recorder.recordLater(new ContentChange(kind, content.getSpace().getKey(),
                content instanceof BlogPost ? "blogpost" : "page", content.getId(), content.getId(), content.getTitle(),
                null, key(actor), content.getUrlPath(), time(content.getLastModificationDate())));
    }

    private Instant time(Date date) {
        return date == null ? clock.now() : date.toInstant();
    }

    private static String key(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }
}
