package org.guildhall.workbench.plugin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.servlet.http.HttpServletRequest;
import org.guildhall.workbench.host.CurrentRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * What Atlassian REST does with SAL's {@code @WebSudoRequired} on a resource class or method: a browser request
 * outside a secure administrator session is refused with 401 before the resource runs; requests authenticated with
 * HTTP Basic are exempt (scripts have no session to elevate).
 */
final class WebSudoRequiredFeature implements DynamicFeature {

    private final WebSudoManager webSudo;

    WebSudoRequiredFeature(WebSudoManager webSudo) {
        this.webSudo = webSudo;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceClass().isAnnotationPresent(WebSudoRequired.class)
                || resource.getResourceMethod().isAnnotationPresent(WebSudoRequired.class)) {
            context.register(new Check(webSudo));
        }
    }

    private static final class Check implements ContainerRequestFilter {

        private final WebSudoManager webSudo;

        Check(WebSudoManager webSudo) {
            this.webSudo = webSudo;
        }

        @Override
        public void filter(ContainerRequestContext context) {
            String authorization = context.getHeaderString("Authorization");
            boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
            HttpServletRequest request = CurrentRequest.get().orElse(null);
            if (!basic && (request == null || !webSudo.canExecuteRequest(request))) {
                context.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("status", 401, "message",
                                "This resource requires WebSudo (a secure administrator session).")).build());
            }
        }
    }
}
