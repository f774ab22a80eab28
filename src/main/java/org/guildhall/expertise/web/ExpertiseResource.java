package org.guildhall.expertise.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.expertise.Endorsement;
import org.guildhall.expertise.Endorsing;
import org.guildhall.expertise.ExpertFinder;
import org.guildhall.expertise.ExpertiseReading;
import org.guildhall.expertise.ExpertiseRebuild;
import org.guildhall.expertise.ProfileEditing;
import org.guildhall.expertise.ProfileEditing.ProfileInput;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;
import org.guildhall.expertise.web.ExpertiseJson.ExpertiseResponse;
import org.guildhall.expertise.web.ExpertiseJson.ExpertsResponse;
import org.guildhall.expertise.web.ExpertiseJson.ProfileJson;

import java.util.Map;

/**
 * Expertise REST: profiles, expertise with its evidence, endorsements, finding experts and the administrator's
 * rebuild. Every answer is filtered for the caller: evidence from communities they cannot see is neither listed nor
 * counted.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseResource {

    private final ExpertiseReading reading;
    private final ProfileEditing profileEditing;
    private final Endorsing endorsing;
    private final ExpertFinder finder;
    private final ExpertiseRebuild rebuild;
    private final Links links;
    private final Clock clock;

    public ExpertiseResource(ExpertiseReading reading, ProfileEditing profileEditing, Endorsing endorsing,
                             ExpertFinder finder, ExpertiseRebuild rebuild, Links links, Clock clock) {
        this.reading = reading;
        this.profileEditing = profileEditing;
        this.endorsing = endorsing;
        this.finder = finder;
        this.rebuild = rebuild;
        this.links = links;
        this.clock = clock;
    }

    /**
     * A person's skills, scores per topic with the evidence items (linking to the posts), the numbers that explain
     * each score, and endorsements. Logged-in users.
     *
     * @return 200; 401 anonymous; 404 unknown user
     */
    @GET
    @Path("people/{userKey}/expertise")
    public ExpertiseResponse expertise(@PathParam("userKey") String userKey) {
        return ExpertiseJson.expertise(reading.expertise(userKey), links.baseUrl(false));
    }

    /**
     * Replaces the caller's profile: {@code {"skills":[{"topic","level"}],"askMeAbout","availability","busyUntil"}}.
     *
     * @return 200 with the profile; 400 naming the field ({@code skills[i].topic}, {@code skills[i].level},
     *         {@code askMeAbout}, {@code availability}, {@code busyUntil}), nothing saved; 401 anonymous
     */
    @PUT
    @Path("people/me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileJson saveProfile(ProfileInput body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.expertise.body"));
        }
        return ExpertiseJson.profile(profileEditing.saveOwn(body), clock.now());
    }

    /** What an endorsement request carries. */
    public record EndorseJson(String topic, EvidenceRef evidence) {
    }

    public record EvidenceRef(String type, Long id) {
    }

    public record EndorsedJson(long id, String topic, String evidenceType, long evidenceId, String endorsedAt) {
    }

    /**
     * Endorses the person's skill with proof: {@code {"topic","evidence":{"type":"answer"|"page","id"}}}. Endorsing
     * again renews the caller's endorsement.
     *
     * @return 201 with the endorsement; 400 naming {@code userKey} (oneself), {@code topic}, {@code evidence.type} or
     *         {@code evidence.id} (not theirs, not in the topic, or not visible to the caller), nothing changed; 401;
     *         404 unknown user
     */
    @POST
    @Path("people/{userKey}/endorsements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response endorse(@PathParam("userKey") String userKey, EndorseJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.expertise.body"));
        }
        EvidenceRef evidence = body.evidence() == null ? new EvidenceRef(null, null) : body.evidence();
        Endorsement saved = endorsing.endorse(userKey, body.topic(), evidence.type(), evidence.id());
        return Response.status(201).entity(new EndorsedJson(saved.id(), saved.topic(), saved.evidenceKind().id(),
                saved.evidenceId(), saved.endorsedAt().toString())).build();
    }

    /**
     * Takes an endorsement back. Its endorser or an administrator.
     *
     * @return 204; 401; 403 someone else's; 404 no such endorsement of that person visible to the caller
     */
    @DELETE
    @Path("people/{userKey}/endorsements/{id}")
    public Response withdraw(@PathParam("userKey") String userKey, @PathParam("id") long id) {
        endorsing.withdraw(userKey, id);
        return Response.noContent().build();
    }

    /**
     * Finds experts: {@code topic} and/or free text {@code q}, optional {@code community} (space key),
     * {@code available=true} for people taking questions now, {@code limit} 1–50 (default 10).
     *
     * @return 200 {@code {"topics":[…],"results":[{person, score, why, evidence…}]}}; 400 naming {@code topic},
     *         {@code community} or {@code limit}; 401 anonymous
     */
    @GET
    @Path("experts")
    public ExpertsResponse experts(@QueryParam("topic") String topic, @QueryParam("q") String text,
                                   @QueryParam("community") String community,
                                   @QueryParam("available") String available, @QueryParam("limit") String limit) {
        return ExpertiseJson.experts(finder.find(new ExpertFinder.ExpertQuery(topic, text, community,
                "true".equalsIgnoreCase(available), limit(limit))), links.baseUrl(false), clock.now());
    }

    /**
     * One page of a person's answers in communities the caller can see, newest first: the person page's "show more".
     * Logged-in users. {@code cursor} is the previous page's {@code nextCursor}; {@code limit} 1–50 (default 10).
     *
     * @return 200 {@code {"answers":[…],"nextCursor":…}} ({@code nextCursor} null on the last page); 400 naming
     *         {@code limit} or {@code cursor}; 401 anonymous; 404 unknown user
     */
    @GET
    @Path("people/{userKey}/answers")
    public ExpertiseJson.AnswersResponse answers(@PathParam("userKey") String userKey,
                                                 @QueryParam("cursor") String cursor,
                                                 @QueryParam("limit") String limit) {
        return ExpertiseJson.answers(reading.answers(userKey, cursor, limit(limit)), links.baseUrl(false));
    }

    private static Integer limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.experts.limit"));
        }
    }

    public record RebuildJson(int questions) {
    }

    /**
     * Rebuilds all evidence and scores from the Q&A tables (recovery, upgrades). Confluence administrators.
     *
     * @return 200 with the number of questions read; 401; 403
     */
    @POST
    @Path("admin/expertise/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    public RebuildJson rebuild() {
        return new RebuildJson(rebuild.rebuildAsAdministrator());
    }
}
