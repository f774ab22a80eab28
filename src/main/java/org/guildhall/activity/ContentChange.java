package org.guildhall.activity;

import java.time.Instant;

/**
 * A change to Confluence content that the stream records, copied out of Confluence's event on the publishing thread
 * (Confluence's content objects must not be used on another thread).
 *
 * @param targetType {@code page}, {@code blogpost} or {@code comment}
 * @param targetId   the id of the page, blog post or comment
 * @param contentId  the page or blog post (the one commented on or liked), whose view permission readers need
 * @param body       storage format of a comment, for its excerpt; null for pages (their title says enough)
 * @param urlPath    below Confluence's base URL
 */
public record ContentChange(ActivityKind kind, String spaceKey, String targetType, long targetId, long contentId,
                            String title, String body, String actorKey, String urlPath, Instant at) {
}
