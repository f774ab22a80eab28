package com.atlassian.webresource.api.assembler;

/**
 * Compile-only copy of {@code com.atlassian.webresource.api.assembler.RequiredResources}; only the member
 * Guildhall calls. The key is {@code pluginKey:webResourceKey}.
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
