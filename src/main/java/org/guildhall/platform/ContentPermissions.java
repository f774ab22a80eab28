package org.guildhall.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Whether the current reader may view Confluence pages and blog posts, which Confluence may restrict one by one
 * (beyond the space permission). Used on the few entries of one page of a list, never on a whole table.
 */
public interface ContentPermissions {

    /**
     * @param contentIds ids of pages or blog posts
     * @return those of them the current reader may view (unknown or deleted content is left out); one batched load
     *         of the content however many ids
     */
    default Set<Long> viewable(Collection<Long> contentIds) {
        return viewableTitles(contentIds).keySet();
    }

    /**
     * @param contentIds ids of pages or blog posts
     * @return those of them the current reader may view, with their titles; one batched load however many ids
     */
    Map<Long, String> viewableTitles(Collection<Long> contentIds);
}
