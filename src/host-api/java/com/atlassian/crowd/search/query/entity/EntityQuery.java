package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.Query;
import com.atlassian.crowd.embedded.api.SearchRestriction;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.EntityQuery} (crowd-api 3.x–6.x), less
 * its entity descriptor, which Guildhall never reads. The workbench's Crowd stand-in reads the getters.
 */
public abstract class EntityQuery<T> implements Query<T> {

    private final Class<T> returnType;
    private final SearchRestriction searchRestriction;
    private final int startIndex;
    private final int maxResults;

    protected EntityQuery(Class<T> returnType, SearchRestriction searchRestriction, int startIndex, int maxResults) {
        this.returnType = returnType;
        this.searchRestriction = searchRestriction;
        this.startIndex = startIndex;
        this.maxResults = maxResults;
    }

    @Override
    public Class<T> getReturnType() {
        return returnType;
    }

    @Override
    public SearchRestriction getSearchRestriction() {
        return searchRestriction;
    }

    @Override
    public int getStartIndex() {
        return startIndex;
    }

    @Override
    public int getMaxResults() {
        return maxResults;
    }
}
