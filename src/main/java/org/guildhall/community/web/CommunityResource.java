package org.guildhall.community.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.community.Community;
import org.guildhall.community.CommunityAdministration;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.community.DirectoryPage;
import org.guildhall.community.DirectorySearch;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.PrivateCommunity;
import org.guildhall.community.Visibility;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;

import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/communities}: the community directory. Any logged-in (licensed) user may read it and
 * sees only communities whose space they may view; space admins change their own space's community.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    private final CommunityDirectory directory;
    private final CommunityAdministration administration;
    private final Links links;
    private final MembershipPolicy membershipPolicy;
    private final PrivateCommunity privateCommunity;

    public CommunityResource(CommunityDirectory directory, CommunityAdministration administration, Links links,
                             MembershipPolicy membershipPolicy, PrivateCommunity privateCommunity) {
        this.privateCommunity = privateCommunity;
        this.directory = directory;
        this.administration = administration;
        this.links = links;
        this.membershipPolicy = membershipPolicy;
    }

    /**
     * Lists the communities the caller can see, optionally filtered and sorted. Any logged-in user; each sees only
     * communities whose space they may view.
     *
     * @param query  text the name or description contains, any case, at most 200 characters; omit for all
     * @param topic  a topic the communities cover, e.g. {@code espresso}; omit for any
     * @param sort   {@code name} (default), {@code size} (most members first) or {@code activity} (most recent first)
     * @param cursor from the previous page's {@code nextCursor} of the same query, topic and sort; omit for the first
     * @param limit  1–100, default 25
     * @return 200 with a {@link CommunityPageJson}; 400 naming {@code query}, {@code topic}, {@code sort},
     *         {@code cursor} or {@code limit} when invalid (a cursor of another search or sort is invalid); 401 for
     *         anonymous callers
     */
    @GET
    public CommunityPageJson list(@QueryParam("query") String query,
                                  @QueryParam("topic") String topic,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") @DefaultValue("25") String limit) {
        int pageSize = parseLimit(limit);
        DirectorySearch search = DirectorySearch.parse(query, topic, sort);
        DirectoryPage page = directory.visibleCommunities(search, cursor, pageSize);
        String baseUrl = links.baseUrl(false);
        return new CommunityPageJson(
                page.communities().stream().map(community -> CommunityJson.of(community, baseUrl)).toList(),
                pageSize,
                page.nextCursor().orElse(null));
    }

    /**
     * @return 200 with the community in that space and the caller's membership ({@code membership}, {@code canJoin},
     *         {@code canRequest}, {@code canLeave}, {@code canModerate}, {@code canAdminister}); 404 when there is none
     *         or the caller may not view the space
     */
    @GET
    @Path("{spaceKey}")
    public CommunityWithMembershipJson get(@PathParam("spaceKey") String spaceKey) {
        MemberStanding standing = membershipPolicy.standing(directory.visibleCommunity(spaceKey));
        return new CommunityWithMembershipJson(CommunityJson.of(standing.community(), links.baseUrl(false)),
                MembershipStatusJson.of(standing));
    }

    /**
     * Turns the space into a community or updates its settings ({@code name}, {@code description}, {@code topics}
     * and {@code visibility}: {@code open}, {@code request} or {@code private}). {@code topics} replaces the
     * community's topics in the same transaction; leaving it out keeps them, {@code []} removes them. The caller
     * becomes the first owner of a new community. Making an existing community private restricts its space as the
     * privacy plan says ({@code GET …/privacy-plan}): it needs that plan's {@code token} as {@code confirmPlan} and
     * the plan's {@code memberAccess}. Space admins only; JSON only.
     *
     * @return 200 with the saved community; 400 naming the invalid field (nothing is saved), or naming
     *         {@code confirmPlan} with the current {@code plan} when it is missing; 409 naming {@code confirmPlan} with
     *         the current {@code plan} when the space or its members changed since the plan was shown (nothing is
     *         changed); 403 for non-admins; 404 for an unknown space, or {@code private} for a space that is not a
     *         community yet
     */
    @PUT
    @Path("{spaceKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityJson save(@PathParam("spaceKey") String spaceKey, CommunitySettingsJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        Community saved = Visibility.parse(body.visibility()).orElse(null) == Visibility.PRIVATE
                ? privateCommunity.saveAsPrivate(spaceKey, body.name(), body.description(), body.topics(),
                        body.confirmPlan(), body.memberAccess())
                : administration.saveSettings(spaceKey, body.name(), body.description(), body.topics(),
                        body.visibility());
        return CommunityJson.of(saved, links.baseUrl(false));
    }

    /**
     * Turns the community off; its data is kept. Space admins only.
     *
     * @return 204; 403 for non-admins; 404 when the space is not a community
     */
    @DELETE
    @Path("{spaceKey}")
    public Response disable(@PathParam("spaceKey") String spaceKey) {
        administration.disable(spaceKey);
        return Response.noContent().build();
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.limit.range"));
        }
    }
}
