package org.guildhall.activity.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.activity.Follow;
import org.guildhall.activity.Following;

import java.util.List;

/**
 * {@code /rest/guildhall/1.0/follows}: what the caller follows — questions, topics, communities (by space key) and
 * people (by user key). Logged-in callers only (401 otherwise).
 */
@Path("/follows")
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {

    private final Following following;

    public FollowResource(Following following) {
        this.following = following;
    }

    public record FollowJson(String type, String id, String followedAt) {

        static FollowJson of(Follow follow) {
            return new FollowJson(follow.targetType(), follow.targetId(), follow.createdAt().toString());
        }
    }

    /** @return 200 with the caller's follows, newest first (at most 500); 401 anonymous */
    @GET
    public List<FollowJson> list() {
        return following.mine().stream().map(FollowJson::of).toList();
    }

    /**
     * Follows {@code type} ({@code question}, {@code topic}, {@code community}, {@code person}) {@code id}; following
     * twice is fine.
     *
     * @return 200 with the follow; 400 naming {@code type} or {@code id}; 401 anonymous; 404 for a question,
     *         community or person the caller cannot see
     */
    @PUT
    @Path("{type}/{id}")
    public FollowJson follow(@PathParam("type") String type, @PathParam("id") String id) {
        return FollowJson.of(following.follow(type, id));
    }

    /** Stops following. @return 204 (also when the caller did not follow it); 400 naming {@code type} or {@code id} */
    @DELETE
    @Path("{type}/{id}")
    public Response unfollow(@PathParam("type") String type, @PathParam("id") String id) {
        following.unfollow(type, id);
        return Response.noContent().build();
    }
}
