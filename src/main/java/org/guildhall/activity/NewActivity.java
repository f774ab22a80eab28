package org.guildhall.activity;

import java.time.Instant;
import java.util.List;

/**
 * An event to record in a community's stream; see {@link ActivityEntry} for the fields.
 *
 * @param topics the question's topics, so that the stream can be filtered and followed by topic
 */
public record NewActivity(long communityId, ActivityKind kind, String actorKey, String targetType, String targetId,
                          Long questionId, Long contentId, String title, String excerpt, String url,
                          Instant occurredAt, String groupKey, List<String> topics) {

    public static final int TITLE_LENGTH = 255;
    public static final int EXCERPT_LENGTH = 280;

    public NewActivity {
        title = PlainText.shorten(title, TITLE_LENGTH);
        excerpt = PlainText.shorten(excerpt, EXCERPT_LENGTH);
        topics = List.copyOf(topics);
    }
}
