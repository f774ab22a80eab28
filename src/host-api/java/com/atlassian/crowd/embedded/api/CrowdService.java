package com.atlassian.crowd.embedded.api;

/**
 * Compile-only copy of embedded Crowd's {@code com.atlassian.crowd.embedded.api.CrowdService} (crowd-api; Confluence
 * exports it as the bean {@code crowdService}). Only the member Guildhall calls: {@code <T> Iterable<T> search(Query<T>)},
 * which runs a bounded user or group search against every directory Confluence is connected to. No checked exceptions.
 */
public interface CrowdService {

    <T> Iterable<T> search(Query<T> query);
}
