package org.guildhall.activity.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.activity.ActivityStream;
import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /rest/guildhall/1.0/activity}: the activity stream of the communities the caller may see.
 */
@Path("/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final ActivityStream stream;
    private final ActivityViews views;
    private final Links links;
    private final ActivityFeed feed;

    public ActivityResource(ActivityStream stream, ActivityViews views, Links links, ActivityFeed feed) {
        this.stream = stream;
        this.views = views;
        this.links = links;
        this.feed = feed;
    }

    /** A page of the stream. */
    public record ActivityPageJson(List<ActivityItemView> entries, String nextCursor, int limit) {
    }

    /**
     * Reads a page of the stream, newest first. Any caller; anonymous callers see communities open to anonymous users.
     * Each filter takes comma-separated values (or the parameter repeated): {@code community} space keys,
     * {@code user} user keys, {@code topic} topics, {@code kind} kinds (e.g. {@code question-asked}); {@code following}
     * {@code true} for entries about what the caller follows; {@code cursor} from the previous page with the same
     * filters; {@code limit} 1–50 (default 20).
     *
     * @return 200 {@code {"entries":[…],"nextCursor":…,"limit":n}} ({@code nextCursor} null on the last page); 400
     *         naming {@code kind}, {@code topic}, {@code following}, {@code cursor} or {@code limit}; a community the
     *         caller may not see simply has no entries
     */
    @GET
    public ActivityPageJson page(@QueryParam("community") List<String> community,
                                 @QueryParam("user") List<String> user,
                                 @QueryParam("topic") List<String> topic,
                                 @QueryParam("kind") List<String> kind,
                                 @QueryParam("following") String following,
                                 @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit) {
        int pageSize = parseLimit(limit);
        StreamPage page = stream.read(new StreamRequest(split(community), split(user), split(topic), split(kind),
                parseFollowing(following), cursor, pageSize));
        return new ActivityPageJson(views.of(page, links.baseUrl(false)), page.nextCursor().orElse(null), pageSize);
    }

    /**
     * The same stream as an Atom 1.0 feed, for feed readers: the same filters (no {@code cursor}: a feed is always the
     * newest page), only what the caller may see. Logged-in callers, also through HTTP Basic.
     *
     * @return 200 {@code application/atom+xml}; 400 naming the bad filter; 401 for anonymous callers
     */
    @GET
    @Path("feed.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public Response feed(@QueryParam("community") List<String> community,
                         @QueryParam("user") List<String> user,
                         @QueryParam("topic") List<String> topic,
                         @QueryParam("kind") List<String> kind,
                         @QueryParam("following") String following,
                         @QueryParam("limit") String limit,
                         @Context UriInfo uriInfo) {
        StreamRequest request = new StreamRequest(split(community), split(user), split(topic), split(kind),
                parseFollowing(following), null, parseLimit(limit));
        return Response.ok(feed.atom(request, uriInfo.getRequestUri().toString())).build();
    }

    static List<String> split(List<String> values) {
        return values == null ? List.of()
                : values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
    }

    static boolean parseFollowing(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInput(Map.of("following", "guildhall.error.activity.following.invalid"));
    }

    static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return ActivityStream.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.activity.limit.range"));
        }
    }
}
