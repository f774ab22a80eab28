package com.atlassian.cache;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.CacheManager}, the service Confluence
 * registers for plugins (imported as {@code CacheManager} by Atlassian's Slack app, ComponentImports in
 * atlassian-labs/atlassian-slack-integration-server). It extends {@link CacheFactory}, where {@code getCache} lives
 * (Confluence 5.6 javadoc of {@code CacheManagerSupport}: "All Implemented Interfaces: CacheFactory, CacheManager").
 * The management members (flushCaches, getManagedCaches, …) are left out: Guildhall does not call them.
 */
public interface CacheManager extends CacheFactory {
}
