package com.atlassian.crowd.embedded.api;

/**
 * Compile-only copy of crowd-api's {@code com.atlassian.crowd.embedded.api.Query}: what to search, from which index,
 * and at most how many results.
 */
public interface Query<T> {

    int getStartIndex();

    int getMaxResults();

    Class<T> getReturnType();

    SearchRestriction getSearchRestriction();
}
