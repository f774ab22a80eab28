package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

import java.util.Collection;

/** Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction}. */
public interface BooleanRestriction extends SearchRestriction {

    enum BooleanLogic {
        AND,
        OR
    }

    Collection<SearchRestriction> getRestrictions();

    BooleanLogic getBooleanLogic();
}
