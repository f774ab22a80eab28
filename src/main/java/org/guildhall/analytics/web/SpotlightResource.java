package org.guildhall.analytics.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.analytics.Spotlight;
import org.guildhall.analytics.Spotlight.Recipients;
import org.guildhall.analytics.SpotlightSending;
import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.List;
import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/communities/{spaceKey}/spotlight}: who gets the community's weekly spotlight mail (its
 * most voted-up new questions and answers). Moderators, owners and space administrators of the community only.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class SpotlightResource {

    private final Spotlight spotlight;

    public SpotlightResource(Spotlight spotlight) {
        this.spotlight = spotlight;
    }

    /** A named person. */
    public record PersonJson(String userKey, String username, String name) {
    }

    /** The recipients, and the limits a save must keep. */
    public record RecipientsJson(String spaceKey, List<PersonJson> people, List<String> groups, int maxPeople,
                                 int maxGroups, int maxRecipients) {
    }

    /**
     * The body of {@code PUT}: people by user key ({@code people}) or by username ({@code usernames}, as typed in a
     * form), and group names. A missing list counts as empty.
     */
    public record RecipientsBody(List<String> people, List<String> usernames, List<String> groups) {
    }

    /**
     * @return 200 with the recipients; 401 anonymous; 403 for readers who do not moderate the community; 404 when
     *         the reader cannot see it
     */
    @GET
    @Path("{spaceKey}/spotlight")
    public RecipientsJson recipients(@PathParam("spaceKey") String spaceKey) {
        return json(spotlight.recipients(spaceKey));
    }

    /**
     * Replaces the recipients, e.g. {@code {"usernames":["…"],"groups":["…"]}}: people by username and groups by name.
     *
     * @return 200 with the recipients as saved; 400 naming {@code people}, {@code usernames}, {@code groups} (an
     *         unknown person or group, too many) or {@code body}, changing nothing; 401; 403; 404 as {@link #recipients}
     */
    @PUT
    @Path("{spaceKey}/spotlight")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecipientsJson save(@PathParam("spaceKey") String spaceKey, RecipientsBody body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return json(spotlight.save(spaceKey, body.people(), body.usernames(), body.groups()));
    }

    private static RecipientsJson json(Recipients recipients) {
        return new RecipientsJson(recipients.community().spaceKey(), recipients.people().stream()
                .map(person -> new PersonJson(person.userKey(), person.username(), person.displayName())).toList(),
                recipients.groups(), Spotlight.MAX_PEOPLE, Spotlight.MAX_GROUPS, SpotlightSending.MAX_RECIPIENTS);
    }
}
