package org.guildhall.workbench.rest;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.sal.api.ApplicationProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StorageFormatRenderer;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.host.WorkbenchAccessModeService;
import com.atlassian.event.api.EventPublisher;

/**
 * The workbench's own REST applications: the subset of Confluence's REST API at {@code /rest/api} and the
 * workbench-only endpoints at {@code /rest/workbench}.
 */
public final class ConfluenceRestApplications {

    public static final String CONFLUENCE_API = "/rest/api";
    public static final String WORKBENCH_API = "/rest/workbench";

    private final ResourceConfig confluenceApi;
    private final ResourceConfig workbenchApi;

    public ConfluenceRestApplications(SpaceStore spaces, PageStore pages, SpacePermissionStore spacePermissions,
                                      UserDirectory users, PermissionManager permissionManager,
                                      StorageFormatRenderer renderer, ApplicationProperties applicationProperties,
                                      WorkbenchAccessModeService accessMode, EventPublisher events) {
        SpaceAccess access = new SpaceAccess(spaces, permissionManager);
        ConfluenceLinks links = new ConfluenceLinks(applicationProperties);
        PageRendering rendering = new PageRendering(pages, access, renderer);
        confluenceApi = application()
                .register(new ConfluenceSpaceResource(new SpaceCreation(spaces, pages, spacePermissions),
                        spacePermissions, users, access, links))
                .register(new ConfluenceContentResource(pages, access, rendering, links));
        workbenchApi = application().register(new WorkbenchRenderResource(rendering))
                .register(new WorkbenchAdminResource(accessMode, users, events));
    }

    public ResourceConfig confluenceApi() {
        return confluenceApi;
    }

    public ResourceConfig workbenchApi() {
        return workbenchApi;
    }

    private static ResourceConfig application() {
        return new ResourceConfig()
                .register(JacksonFeature.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
