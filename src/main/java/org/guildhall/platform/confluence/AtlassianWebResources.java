package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.guildhall.platform.WebResources;
import org.springframework.stereotype.Component;

/** {@link WebResources} backed by the web resource manager's page builder. */
@Component
public class AtlassianWebResources implements WebResources {

    static final String PLUGIN_KEY = "org.guildhall.confluence";

    private final PageBuilderService pageBuilderService;

    public AtlassianWebResources(@ComponentImport PageBuilderService pageBuilderService) {
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public void require(String webResourceKey) {
        pageBuilderService.assembler().resources().requireWebResource(PLUGIN_KEY + ":" + webResourceKey);
    }
}
