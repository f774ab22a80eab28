package org.guildhall.workbench.content;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import org.guildhall.workbench.people.UserDirectory;

import java.util.Date;
import java.util.List;

/**
 * Publishes Confluence's content events ({@code PageCreateEvent}, {@code PageUpdateEvent},
 * {@code CommentCreateEvent}) for the workbench's pages, as Confluence does after saving content, so that the app's
 * {@code @EventListener}s see workbench content change.
 */
public class ContentEvents {

    /** Announces nothing: for stores used before the app is installed. */
    static final ContentEvents NONE = new ContentEvents(null, null);

    private final EventPublisher publisher;
    private final UserDirectory users;

    public ContentEvents(EventPublisher publisher, UserDirectory users) {
        this.publisher = publisher;
        this.users = users;
    }

    void pageCreated(StoredPage stored, String creatorKey, List<String> labels, String pageCreatorKey) {
        if (publisher != null) {
            publisher.publish(new PageCreateEvent(this, page(stored, creatorKey, labels, pageCreatorKey), false));
        }
    }

    void pageUpdated(StoredPage stored, String editorKey, List<String> labels, String pageCreatorKey) {
        if (publisher != null) {
            publisher.publish(new PageUpdateEvent(this, page(stored, editorKey, labels, pageCreatorKey), false));
        }
    }

    void commentAdded(StoredPage stored, long commentId, String body, String creatorKey) {
        if (publisher == null) {
            return;
        }
        Comment comment = new Comment();
        comment.setId(commentId);
        comment.setContainer(page(stored, null, List.of(), null));
        comment.setBodyAsString(body);
        comment.setCreator(user(creatorKey));
        comment.setLastModifier(user(creatorKey));
        comment.setLastModificationDate(new Date());
        publisher.publish(new CommentCreateEvent(this, comment, false));
    }

    private Page page(StoredPage stored, String modifierKey, List<String> labels, String creatorKey) {
        Page page = new Page();
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setSpace(new Space(stored.spaceKey()));
        page.setBodyAsString(stored.body());
        page.setLastModifier(user(modifierKey));
        page.setCreator(user(creatorKey));
        page.setLabels(labels.stream().map(Label::new).toList());
        page.setLastModificationDate(new Date());
        return page;
    }

    private ConfluenceUser user(String userKey) {
        return userKey == null ? null : users.byKey(userKey).orElse(null);
    }
}
