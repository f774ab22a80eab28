package org.guildhall.community;

import java.time.Instant;
import java.util.Collection;

/**
 * Where a community's own topics become topics the whole app knows (the Q&A feature keeps them), so that the topics
 * an administrator just gave a community can be used at once, for example in the ask form. Declared here and
 * implemented by the feature that owns topics, so that communities do not depend on it.
 */
public interface KnownTopics {

    /**
     * Makes these normalised topic names known; names known already are left as they are. Runs inside the caller's
     * transaction, which must retry on conflict (two communities may register one name at the same moment).
     */
    void register(Collection<String> names, Instant now);
}
