package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.UserQuery}: a user search. Its public
 * constructor {@code UserQuery(Class<T> returnType, SearchRestriction, int startIndex, int maxResults)} is the one
 * crowd's own {@code QueryBuilderTest} builds; {@code String.class} as the return type asks for usernames.
 */
public class UserQuery<T> extends EntityQuery<T> {

    public UserQuery(Class<T> returnType, SearchRestriction searchRestriction, int startIndex, int maxResults) {
        super(returnType, searchRestriction, startIndex, maxResults);
    }
}
