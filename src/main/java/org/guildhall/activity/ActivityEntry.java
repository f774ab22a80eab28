package org.guildhall.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded event of a community's stream, as stored.
 *
 * @param targetType {@code question}, {@code answer}, {@code comment}, {@code page}, {@code blogpost},
 *                   {@code community} or {@code person}: what {@code targetId} names
 * @param questionId the question the entry is about (asked, answered, accepted, commented, closed); null otherwise
 * @param contentId  the Confluence page or blog post the entry is about (its own, or the one commented on or liked),
 *                   whose view permission the reader needs; null for Guildhall's own entries
 * @param title      plain text: the question's or page's title, or the community's name
 * @param excerpt    plain text, short; may be empty
 * @param url        the link target below Confluence's base URL, e.g. {@code /pages/viewpage.action?pageId=12}
 * @param groupKey   entries next to each other on a page with the same group key are shown as one line
 */
public record ActivityEntry(long id, long communityId, ActivityKind kind, String actorKey, String targetType,
                            String targetId, Long questionId, Long contentId, String title, String excerpt, String url,
                            Instant occurredAt, String groupKey) {

    public Optional<Long> content() {
        return Optional.ofNullable(contentId);
    }

    public StreamPosition position() {
        return new StreamPosition(occurredAt.toEpochMilli(), id);
    }
}
