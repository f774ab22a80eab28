package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction}. */
public interface PropertyRestriction<T> extends SearchRestriction {

    Property<T> getProperty();

    MatchMode getMatchMode();

    T getValue();
}
