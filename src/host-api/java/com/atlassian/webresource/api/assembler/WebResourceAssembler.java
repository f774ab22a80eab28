package com.atlassian.webresource.api.assembler;

/**
 * Compile-only copy of {@code com.atlassian.webresource.api.assembler.WebResourceAssembler}; only the member
 * Guildhall calls.
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
