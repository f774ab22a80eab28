package org.guildhall.analytics.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.web.HealthJson.SiteResponse;
import org.guildhall.platform.Links;


/**
 * Site-wide community health REST: every community's figures for a period (Confluence administrators), as JSON and
 * CSV ({@link CommunityHealthResource} serves one community's). Dates are {@code yyyy-MM-dd} in UTC; {@code to} is the
 * day after the last day.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final CommunityHealth health;
    private final Links links;

    public HealthResource(CommunityHealth health, Links links) {
        this.health = health;
        this.links = links;
    }

    /**
     * Every enabled community's figures for the period, sorted by {@code sort} ({@code name} or a figure key such as
     * {@code questions-asked}) in {@code order} ({@code asc} or {@code desc}).
     *
     * @return 200; 400 naming {@code from}, {@code to}, {@code sort} or {@code order}; 401 anonymous; 403 unless
     *         the reader is a Confluence administrator
     */
    @GET
    @Path("health")
    public SiteResponse site(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("sort") @DefaultValue("name") String sort,
                             @QueryParam("order") @DefaultValue("asc") String order) {
        return HealthPages.site(health, from, to, sort, order);
    }

    /**
     * The site-wide figures as CSV (UTF-8, one row per community, each figure and its previous value).
     *
     * @return 200 {@code text/csv}; as {@link #site} otherwise
     */
    @GET
    @Path("health.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("sort") @DefaultValue("name") String sort,
                        @QueryParam("order") @DefaultValue("asc") String order) {
        SiteResponse site = HealthPages.site(health, from, to, sort, order);
        return Response.ok(HealthCsv.write(site), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"guildhall-health-" + site.period().from()
                        + "-" + site.period().to() + ".csv\"").build();
    }
}
