package org.guildhall.admin.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.I18n;
import org.guildhall.platform.web.ErrorJson;

import java.util.Map;

/**
 * Answers every REST call into a feature that system administrators turned off with 404 and a message saying so,
 * before the resource runs. The feature is the one whose package holds the resource class ({@link Feature#ofPackage});
 * administration endpoints ({@code /admin/…}) stay reachable, so a feature can be configured while it is off.
 */
@Provider
public class FeatureSwitchFilter implements ContainerRequestFilter {

    private final FeatureSwitches features;
    private final I18n i18n;

    @Context
    private ResourceInfo resourceInfo;

    public FeatureSwitchFilter(FeatureSwitches features, I18n i18n) {
        this.features = features;
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> resource = resourceInfo == null ? null : resourceInfo.getResourceClass();
        if (resource == null || request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("admin/")) {
            return;
        }
        Feature.ofPackage(resource.getPackageName()).filter(feature -> !features.isOn(feature)).ifPresent(feature ->
                request.abortWith(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorJson(404, i18n.text("guildhall.error.feature-off"), Map.of())).build()));
    }
}
