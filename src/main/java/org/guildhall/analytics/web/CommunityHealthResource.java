package org.guildhall.analytics.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.HealthPeriod;
import org.guildhall.analytics.web.HealthJson.HealthResponse;
import org.guildhall.platform.Links;

/**
 * One community's health for a period (moderators, owners, space administrators). Dates are {@code yyyy-MM-dd} in
 * UTC; {@code to} is the day after the last day.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityHealthResource {

    private final CommunityHealth health;
    private final Links links;

    public CommunityHealthResource(CommunityHealth health, Links links) {
        this.health = health;
        this.links = links;
    }

    /**
     * Every figure of the community for the period with its value in the previous period, active people per week,
     * champions, newcomers and the unanswered questions older than {@code days} (default 7).
     *
     * @return 200; 400 naming {@code from}, {@code to} or {@code days}; 401 anonymous; 403 for readers who do not
     *         moderate the community; 404 when the reader cannot see it
     */
    @GET
    @Path("{spaceKey}/health")
    public HealthResponse community(@PathParam("spaceKey") String spaceKey, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("days") String days) {
        HealthPeriod period = HealthPeriod.parse(from, to, health.today());
        return HealthJson.health(health.community(spaceKey, period, HealthPages.days(days)), links.baseUrl(false));
    }
}
