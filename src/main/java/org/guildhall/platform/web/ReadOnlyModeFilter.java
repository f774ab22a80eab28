package org.guildhall.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.I18n;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * While Confluence is read-only, refuses every REST mutation (POST, PUT, PATCH, DELETE) of the app with 503 and
 * {@code {"status":503,"message":…}} in the caller's language, before the resource runs; reads, and POSTs marked
 * {@link ReadsOnly}, go on.
 */
@Provider
public class ReadOnlyModeFilter implements ContainerRequestFilter {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessMode accessMode;
    private final I18n i18n;

    @Context
    private ResourceInfo resourceInfo;

    public ReadOnlyModeFilter(AccessMode accessMode, I18n i18n) {
        this.accessMode = accessMode;
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!MUTATING.contains(request.getMethod()) || readsOnly() || !accessMode.readOnly()) {
            return;
        }
        request.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(503, i18n.text("guildhall.error.read-only"), Map.of())).build());
    }

    private boolean readsOnly() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        return method != null && method.isAnnotationPresent(ReadsOnly.class);
    }
}
