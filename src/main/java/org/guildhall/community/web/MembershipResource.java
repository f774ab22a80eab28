package org.guildhall.community.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.community.CommunityJoining;
import org.guildhall.community.MemberListing;
import org.guildhall.community.MemberModeration;
import org.guildhall.community.MemberPage;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/communities/{spaceKey}/…}: membership. Every endpoint answers 404 when there is no
 * community in the space or the caller may not view the space, and 401 to anonymous callers. Mutations take JSON
 * only; errors are {@code {"status","message","errors":{field:…}}}.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final CommunityJoining joining;
    private final MemberModeration moderation;
    private final MemberListing listing;

    public MembershipResource(CommunityJoining joining, MemberModeration moderation, MemberListing listing) {
        this.joining = joining;
        this.moderation = moderation;
        this.listing = listing;
    }

    /**
     * Lists members, by user key. Anyone who can view the space.
     *
     * @param role  {@code owner}, {@code moderator} or {@code member}; omit for all
     * @param query text in the display name or username
     * @return 200 with a {@link MemberPageJson}; 400 naming {@code role}, {@code query}, {@code cursor} or
     *         {@code limit}
     */
    @GET
    @Path("{spaceKey}/members")
    public MemberPageJson members(@PathParam("spaceKey") String spaceKey, @QueryParam("role") String role,
                                  @QueryParam("query") String query, @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") @DefaultValue("25") String limit) {
        int pageSize = parseLimit(limit);
        return toJson(listing.members(spaceKey, role, query, cursor, pageSize), pageSize, false);
    }

    /**
     * Joins an open community, accepts an invitation, or asks to join a community that joins on request. Body
     * optional: {@code {"message":"…"}}.
     *
     * @return 200 with the caller's {@link MembershipStatusJson}; 400 naming {@code message}; 403 when banned or
     *         the community is invitation-only
     */
    @POST
    @Path("{spaceKey}/members/me")
    @Consumes(MediaType.APPLICATION_JSON)
    public MembershipStatusJson join(@PathParam("spaceKey") String spaceKey, JoinJson body) {
        return MembershipStatusJson.of(joining.join(spaceKey, body == null ? null : body.message()));
    }

    /**
     * Leaves, withdraws the caller's request, or declines their invitation.
     *
     * @return 200 with the caller's {@link MembershipStatusJson}; 403 when banned; 409 for the last owner, or when
     *         there is nothing to leave
     */
    @DELETE
    @Path("{spaceKey}/members/me")
    public MembershipStatusJson leave(@PathParam("spaceKey") String spaceKey) {
        return MembershipStatusJson.of(joining.leave(spaceKey));
    }

    /**
     * Pending requests to join, by user key, with their messages. Moderators only.
     *
     * @return 200 with a {@link MemberPageJson}; 403 for non-moderators
     */
    @GET
    @Path("{spaceKey}/requests")
    public MemberPageJson requests(@PathParam("spaceKey") String spaceKey, @QueryParam("cursor") String cursor,
                                   @QueryParam("limit") @DefaultValue("25") String limit) {
        int pageSize = parseLimit(limit);
        return toJson(listing.requests(spaceKey, cursor, pageSize), pageSize, true);
    }

    /**
     * Approves or denies a request: {@code {"decision":"approve"|"deny","message":"…"}}. Moderators only.
     *
     * @return 200 with the person's {@link MemberStateJson}; 400 naming {@code userKey}, {@code decision} or
     *         {@code message}; 403 for non-moderators; 404 when that person has no pending request
     */
    @POST
    @Path("{spaceKey}/requests/{userKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberStateJson decide(@PathParam("spaceKey") String spaceKey, @PathParam("userKey") String userKey,
                                  DecisionJson body) {
        DecisionJson decision = requireBody(body);
        return MemberStateJson.of(moderation.decideRequest(spaceKey, userKey, decision.decision(), decision.message()));
    }

    /**
     * Invites a person: {@code {"userKey":"…"}}. Moderators only.
     *
     * @return 200 with the person's {@link MemberStateJson}; 400 naming {@code userKey}; 403 for non-moderators;
     *         409 when they are a member already or banned
     */
    @POST
    @Path("{spaceKey}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberStateJson invite(@PathParam("spaceKey") String spaceKey, InvitationJson body) {
        return MemberStateJson.of(moderation.invite(spaceKey, requireBody(body).userKey()));
    }

    /**
     * Changes a member's role: {@code {"role":"owner"|"moderator"|"member"}}. Owners only.
     *
     * @return 200 with the person's {@link MemberStateJson}; 400 naming {@code userKey} or {@code role}; 403 for
     *         non-owners; 404 when the person is not a member; 409 when it would leave no owner
     */
    @PUT
    @Path("{spaceKey}/members/{userKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberStateJson changeRole(@PathParam("spaceKey") String spaceKey, @PathParam("userKey") String userKey,
                                      RoleJson body) {
        return MemberStateJson.of(moderation.changeRole(spaceKey, userKey, requireBody(body).role()));
    }

    /**
     * Removes a member, request or invitation; {@code ?ban=true} bans the person. Removing a banned person lifts the
     * ban. Moderators (owners for moderators and owners).
     *
     * @return 200 with the person's {@link MemberStateJson}; 400 naming {@code userKey} or {@code ban}; 403 when the
     *         caller may not; 404 when there is nothing to remove; 409 when it would leave no owner
     */
    @DELETE
    @Path("{spaceKey}/members/{userKey}")
    public MemberStateJson remove(@PathParam("spaceKey") String spaceKey, @PathParam("userKey") String userKey,
                                  @QueryParam("ban") @DefaultValue("false") String ban) {
        return MemberStateJson.of(moderation.remove(spaceKey, userKey, parseBan(ban)));
    }

    private static MemberPageJson toJson(MemberPage page, int limit, boolean withMessages) {
        return new MemberPageJson(page.members().stream().map(member -> MemberJson.of(member, withMessages)).toList(),
                limit, page.nextCursor().orElse(null));
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return body;
    }

    private static boolean parseBan(String ban) {
        if ("true".equals(ban) || "false".equals(ban)) {
            return Boolean.parseBoolean(ban);
        }
        throw new InvalidInput(Map.of("ban", "guildhall.error.ban.invalid"));
    }

    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.limit.range"));
        }
    }
}
