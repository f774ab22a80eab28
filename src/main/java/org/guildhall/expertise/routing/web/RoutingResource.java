package org.guildhall.expertise.routing.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.expertise.routing.ExpertRouting;
import org.guildhall.expertise.routing.RoutedPerson;

import java.util.List;

/**
 * {@code /questions/{id}/routing}: who a question was routed to, and declining it. A root path of its own (not
 * {@code /}) so that JAX-RS matches it before the Q&A resource's {@code /questions}.
 */
@Path("/questions/{id}/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final ExpertRouting routing;

    public RoutingResource(ExpertRouting routing) {
        this.routing = routing;
    }

    /** Times as ISO-8601 strings, like the rest of the API; {@code declinedAt} null while not declined. */
    record RoutedJson(String userKey, String displayName, String profile, int round, String askedAt,
                      String declinedAt) {

        static RoutedJson of(RoutedPerson person, String displayName) {
            return new RoutedJson(person.personKey(), displayName,
                    "/plugins/servlet/guildhall/people/" + person.personKey(), person.round(),
                    person.askedAt().toString(), person.declinedAt() == null ? null : person.declinedAt().toString());
        }
    }

    record RoutingJson(List<RoutedJson> asked) {
    }

    /**
     * Who the question was routed to ("suggested experts" for the asker), with round, time asked and time declined.
     * The asker and the community's moderators only.
     *
     * @return 200; 401 anonymous; 403 for other readers; 404 when the caller may not see the question
     */
    @GET
    public RoutingJson routing(@PathParam("id") long questionId) {
        return new RoutingJson(routing.routing(questionId).stream()
                .map(view -> RoutedJson.of(view.routed(), view.displayName())).toList());
    }

    /** {@code routed} false (and the rest null) when the question was not routed to the caller. */
    record MineJson(boolean routed, Integer round, String askedAt, String declinedAt) {
    }

    /**
     * Whether the question was routed to the caller, and whether they declined it (the question page's "Not my area"
     * button). Anyone who may see the question.
     *
     * @return 200; 401 anonymous; 404 when the caller may not see the question
     */
    @GET
    @Path("mine")
    public MineJson mine(@PathParam("id") long questionId) {
        return routing.mine(questionId).map(person -> new MineJson(true, person.round(), person.askedAt().toString(),
                person.declinedAt() == null ? null : person.declinedAt().toString()))
                .orElse(new MineJson(false, null, null, null));
    }

    /**
     * The caller declines a question routed to them ("not my area"); they will be routed fewer questions of its
     * topics.
     *
     * @return 200 with their routing; 401 anonymous; 403 when it was not routed to them; 404 when they may not see
     *         the question; 409 when they declined it already
     */
    @POST
    @Path("decline")
    public RoutedJson decline(@PathParam("id") long questionId) {
        return RoutedJson.of(routing.decline(questionId), null);
    }
}
