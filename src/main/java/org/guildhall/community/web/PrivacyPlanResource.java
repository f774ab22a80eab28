package org.guildhall.community.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.community.PrivateCommunity;

/**
 * {@code /rest/guildhall/1.0/communities/{spaceKey}/privacy-plan}: what making a community private would change in its
 * Confluence space, for the space admin to confirm.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyPlanResource {

    private final PrivateCommunity privateCommunity;

    public PrivacyPlanResource(PrivateCommunity privateCommunity) {
        this.privateCommunity = privateCommunity;
    }

    /**
     * Previews making the community private; changes nothing. Space admins only. Confirm the plan by sending its
     * {@code token} as {@code confirmPlan} with {@code "visibility":"private"} to {@code PUT /communities/{spaceKey}}.
     *
     * @param memberAccess what the members group may do: {@code view}, {@code comment} (default) or
     *                     {@code contribute} (comment and add pages)
     * @return 200 with a {@link PrivacyPlanJson}; 400 naming {@code memberAccess}; 401 for anonymous callers; 403
     *         for people who may view but not administer the space; 404 when the space is unknown, hidden from the
     *         caller, or not a community
     */
    @GET
    @Path("{spaceKey}/privacy-plan")
    public PrivacyPlanJson preview(@PathParam("spaceKey") String spaceKey,
                                   @QueryParam("memberAccess") String memberAccess) {
        return PrivacyPlanJson.of(privateCommunity.preview(spaceKey, memberAccess));
    }
}
