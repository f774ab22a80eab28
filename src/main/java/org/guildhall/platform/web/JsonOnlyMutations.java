package org.guildhall.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.guildhall.platform.I18n;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, with 415 and the JSON error, every mutating request whose body is of a type a cross-site HTML form can
 * send ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}), even one that
 * carries {@code X-Atlassian-Token: no-check}. Atlassian REST's XSRF check already refuses such requests without
 * that header (403); this makes every mutation JSON-only (or an upload of its own type) whatever the method declares,
 * so a form post can never reach a method without a body such as {@code DELETE} or {@code PUT …/follow}. Runs before
 * resource matching, so it answers the same for every path.
 */
@Provider
@PreMatching
public class JsonOnlyMutations implements ContainerRequestFilter {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final I18n i18n;

    public JsonOnlyMutations(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !MUTATING.contains(request.getMethod())) {
            return;
        }
        String mediaType = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (FORM_TYPES.contains(mediaType)) {
            int status = Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode();
            request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(status, i18n.text("guildhall.error.json-only"), Map.of())).build());
        }
    }
}
