package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

import java.util.Collection;
import java.util.List;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.BooleanRestrictionImpl}
 * (constructor {@code BooleanRestrictionImpl(BooleanLogic, SearchRestriction...)}).
 */
public class BooleanRestrictionImpl implements BooleanRestriction {

    private final BooleanLogic booleanLogic;
    private final List<SearchRestriction> restrictions;

    public BooleanRestrictionImpl(BooleanLogic booleanLogic, SearchRestriction... restrictions) {
        this.booleanLogic = booleanLogic;
        this.restrictions = List.of(restrictions);
    }

    @Override
    public Collection<SearchRestriction> getRestrictions() {
        return restrictions;
    }

    @Override
    public BooleanLogic getBooleanLogic() {
        return booleanLogic;
    }
}
