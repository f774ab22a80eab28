package com.atlassian.crowd.search.query.entity.restriction;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.TermRestriction}: a property
 * compared with a value, e.g. the display name containing a text ({@code TermRestriction(Property<T>, MatchMode, T)}).
 */
public class TermRestriction<T> implements PropertyRestriction<T> {

    private final Property<T> property;
    private final MatchMode matchMode;
    private final T value;

    public TermRestriction(Property<T> property, MatchMode matchMode, T value) {
        this.property = property;
        this.matchMode = matchMode;
        this.value = value;
    }

    @Override
    public Property<T> getProperty() {
        return property;
    }

    @Override
    public MatchMode getMatchMode() {
        return matchMode;
    }

    @Override
    public T getValue() {
        return value;
    }
}
