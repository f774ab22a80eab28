package com.atlassian.crowd.search.query.entity.restriction;

/**
 * Compile-only copy of crowd's {@code com.atlassian.crowd.search.query.entity.restriction.MatchMode}, less the modes
 * Guildhall does not use.
 */
public enum MatchMode {
    EXACTLY_MATCHES,
    STARTS_WITH,
    CONTAINS
}
