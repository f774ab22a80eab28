package org.guildhall.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work as if a given person had made the request, for work done on their behalf in the background (digests):
 * inside it {@link CurrentUser}, {@link SpacePermissions}, {@link ContentPermissions} and the current user's
 * translations all answer for that person, so that everything they are sent is filtered exactly as the pages they
 * read are. The previous user of the thread is restored afterwards.
 */
public interface ActingAs {

    /** @return the work's result; empty, without running it, when Confluence has no such user */
    <T> Optional<T> as(String userKey, Supplier<T> work);
}
