package org.guildhall.expertise.routing.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.expertise.routing.ExpertRouting;
import org.guildhall.expertise.routing.RoutedPerson;
import org.guildhall.expertise.routing.RoutingSettings;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /questions/{id}/routing} (who a question was routed to; declining it) and {@code /admin/routing-settings}
 * (system administrators).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final ExpertRouting routing;

    public RoutingResource(ExpertRouting routing) {
        this.routing = routing;
    }

    record RoutedJson(String userKey, String displayName, String profile, int round, Instant askedAt,
                      Instant declinedAt) {
    }

    record RoutingJson(List<RoutedJson> asked) {
    }

    record SettingsJson(Integer weeklyCap, Integer escalationHours) {
    }

    /**
     * Who the question was routed to ("suggested experts" for the asker), with round, time asked and time declined.
     * The asker and the community's moderators only.
     *
     * @return 200; 401 anonymous; 403 for other readers; 404 when the caller may not see the question
     */
    @GET
    @Path("questions/{id}/routing")
    public RoutingJson routing(@PathParam("id") long questionId) {
        return new RoutingJson(routing.routing(questionId).stream().map(view -> {
            RoutedPerson person = view.routed();
            return new RoutedJson(person.personKey(), view.displayName(),
                    "/plugins/servlet/guildhall/people/" + person.personKey(), person.round(), person.askedAt(),
                    person.declinedAt());
        }).toList());
    }

    /**
     * The caller declines a question routed to them ("not my area"); they will be routed fewer questions of its
     * topics.
     *
     * @return 200 with their routing; 401 anonymous; 403 when it was not routed to them; 404 when they may not see
     *         the question; 409 when they declined it already
     */
    @POST
    @Path("questions/{id}/routing/decline")
    public RoutedJson decline(@PathParam("id") long questionId) {
        RoutedPerson person = routing.decline(questionId);
        return new RoutedJson(person.personKey(), null, "/plugins/servlet/guildhall/people/" + person.personKey(),
                person.round(), person.askedAt(), person.declinedAt());
    }

    /** @return 200 with the routing settings; 401/403 for everyone but system administrators */
    @GET
    @Path("admin/routing-settings")
    public RoutingSettings settings() {
        return routing.settings();
    }

    /**
     * Sets the weekly cap per person (1–100) and the escalation delay in hours (1–720).
     *
     * @return 200; 400 naming each bad field (or {@code body}); 401/403 for everyone but system administrators
     */
    @PUT
    @Path("admin/routing-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingSettings saveSettings(SettingsJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return routing.saveSettings(body.weeklyCap(), body.escalationHours());
    }
}
