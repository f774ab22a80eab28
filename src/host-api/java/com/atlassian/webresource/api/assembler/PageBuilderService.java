package com.atlassian.webresource.api.assembler;

/**
 * Compile-only copy of {@code com.atlassian.webresource.api.assembler.PageBuilderService}
 * (atlassian-plugins-webresource-api): the web resources required by the page being rendered.
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
