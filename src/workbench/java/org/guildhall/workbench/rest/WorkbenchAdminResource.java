package org.guildhall.workbench.rest;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventPublisher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.workbench.host.WorkbenchAccessModeService;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.util.Map;

/**
 * Workbench only: what a Confluence system administrator does in Confluence's administration, as REST calls for
 * people and tests. {@code PUT /rest/workbench/access-mode} {@code {"readOnly":true|false}} turns read-only
 * (maintenance) mode on or off for the cluster; {@code DELETE /rest/workbench/users/{username}} deletes a user,
 * publishing Confluence's {@code UserRemoveEvent} first, as Confluence does. System administrators only (403).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class WorkbenchAdminResource {

    private final WorkbenchAccessModeService accessMode;
    private final UserDirectory users;
    private final EventPublisher events;

    WorkbenchAdminResource(WorkbenchAccessModeService accessMode, UserDirectory users, EventPublisher events) {
        this.accessMode = accessMode;
        this.users = users;
        this.events = events;
    }

    record AccessModeJson(Boolean readOnly) {
    }

    /** @return 200 {@code {"readOnly":…}} for anyone logged in */
    @GET
    @Path("access-mode")
    public Map<String, Boolean> accessMode() {
        return Map.of("readOnly", accessMode.isReadOnlyAccessModeEnabled());
    }

    /** @return 200 with the new mode; 400 without {@code readOnly}; 403 for all but system administrators */
    @PUT
    @Path("access-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> setAccessMode(AccessModeJson body) {
        requireSystemAdministrator();
        if (body == null || body.readOnly() == null) {
            throw ConfluenceRestErrors.badRequest("readOnly must be true or false");
        }
        accessMode.setReadOnly(body.readOnly());
        return accessMode();
    }

    /** @return 204; 404 for an unknown user; 403 for all but system administrators (who cannot delete themselves) */
    @DELETE
    @Path("users/{username}")
    public Response deleteUser(@PathParam("username") String username) {
        requireSystemAdministrator();
        WorkbenchUser user = users.byUsername(username)
                .orElseThrow(() -> ConfluenceRestErrors.notFound("No user " + username));
        if (user.userKey().equals(AuthenticatedUserThreadLocal.get().getKey().getStringValue())) {
            throw ConfluenceRestErrors.forbidden("You cannot delete yourself");
        }
        events.publish(new UserRemoveEvent(this, user));
        users.delete(user);
        return Response.noContent().build();
    }

    private void requireSystemAdministrator() {
        if (!users.isSystemAdministrator(AuthenticatedUserThreadLocal.get().getKey().getStringValue())) {
            throw ConfluenceRestErrors.forbidden("Only system administrators can do this");
        }
    }
}
