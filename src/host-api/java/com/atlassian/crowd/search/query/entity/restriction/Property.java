package com.atlassian.crowd.search.query.entity.restriction;

/** Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.Property}. */
public interface Property<V> {

    String getPropertyName();

    Class<V> getPropertyType();
}
