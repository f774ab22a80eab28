package org.guildhall.workbench.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Workbench stand-in for the web resource manager's {@code PageBuilderService}: a per-request set of required web
 * resources (complete module keys, in the order asked for). The workbench's request filter opens the set with
 * {@link #beginRequest()} and closes it with {@link #endRequest()}; the page decorator reads it with
 * {@link #requiredResources()}. Work outside a request (REST rendering, start-up) collects into a set nobody reads.
 */
public final class RequestPageBuilderService implements PageBuilderService {

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    public void beginRequest() {
        required.set(new LinkedHashSet<>());
    }

    public void endRequest() {
        required.remove();
    }

    /** @return the complete keys ({@code pluginKey:webResourceKey}) required so far in this request */
    public Set<String> requiredResources() {
        return Collections.unmodifiableSet(required.get());
    }

    @Override
    public WebResourceAssembler assembler() {
        Set<String> keys = required.get();
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                keys.add(moduleCompleteKey);
                return this;
            }
        };
        return () -> resources;
    }
}
