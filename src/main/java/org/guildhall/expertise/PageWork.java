package org.guildhall.expertise;

import java.time.Instant;
import java.util.List;

/**
 * Someone created or (majorly) edited a Confluence page or blog post: the few values the evidence needs, copied out of
 * Confluence's event on the publishing thread (Confluence's content objects must not be used on another thread).
 *
 * @param contentId  the page's or blog post's id
 * @param labels     its labels' names, as Confluence gives them
 * @param actorKey   who created or edited it
 * @param creatorKey who created it (null when Confluence does not say)
 * @param at         when
 */
public record PageWork(long contentId, String spaceKey, List<String> labels, String actorKey, String creatorKey,
                       Instant at) {

    public PageWork {
        labels = List.copyOf(labels);
    }
}
