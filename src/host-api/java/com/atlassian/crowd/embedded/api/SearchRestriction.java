package com.atlassian.crowd.embedded.api;

/** Compile-only copy of crowd-api's marker interface {@code com.atlassian.crowd.embedded.api.SearchRestriction}. */
public interface SearchRestriction {
}
