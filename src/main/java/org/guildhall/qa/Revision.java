package org.guildhall.qa;

import java.time.Instant;
import java.util.List;

/**
 * One kept version of a post. {@code title} and {@code topics} are null / empty for answers.
 */
public record Revision(long id, PostType postType, long postId, int number, String title, String body,
                       List<String> topics, PostAuthor editor, Instant createdAt) {

    public Revision {
        topics = List.copyOf(topics);
    }
}
