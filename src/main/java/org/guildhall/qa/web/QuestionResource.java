package org.guildhall.qa.web;

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
import jakarta.ws.rs.core.Response;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.web.RateLimited;
import org.guildhall.qa.PostRenderer;
import org.guildhall.qa.Posting;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.Voting;
import org.guildhall.qa.web.QaJson.FollowJson;
import org.guildhall.qa.web.QaJson.QuestionJson;
import org.guildhall.qa.web.QaJson.QuestionListJson;
import org.guildhall.qa.web.QaJson.RevisionJson;
import org.guildhall.qa.web.QaJson.VoteJson;
import org.guildhall.qa.web.QaRequests.AskJson;
import org.guildhall.qa.web.QaRequests.CloseRequestJson;
import org.guildhall.qa.web.QaRequests.EditQuestionJson;
import org.guildhall.qa.web.QaRequests.BodyJson;
import org.guildhall.qa.web.QaRequests.VoteValueJson;
import org.guildhall.ratelimit.RateLimitedAction;

import java.util.List;
import java.util.Map;

/**
 * {@code /rest/guildhall/1.0/questions}: questions, their answers, comments, votes, acceptance, closing and follows.
 * Any logged-in user may call it; a question whose community space the caller may not view is 404, as is a deleted
 * one for non-moderators. Errors are {@code {"status","message","errors":{field:…}}}; mutations take JSON only.
 */
@Path("/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    private final Posting posting;
    private final Voting voting;
    private final QuestionReading reading;
    private final PostRenderer renderer;

    public QuestionResource(Posting posting, Voting voting, QuestionReading reading, PostRenderer renderer) {
        this.posting = posting;
        this.voting = voting;
        this.reading = reading;
        this.renderer = renderer;
    }

    /**
     * Lists questions of the communities the caller may see. Filters: {@code community} (space key), {@code topic},
     * {@code author} (user key), {@code state} ({@code unanswered|answered|accepted|closed}); {@code sort}
     * {@code newest|activity|score}; {@code cursor} from the previous page with the same filters; {@code limit} 1–100.
     *
     * @return 200 {@code {"results":[…],"limit":n,"nextCursor":…}}; 400 naming the bad parameter; 401 anonymous
     */
    @GET
    public QuestionListJson list(@QueryParam("community") String community, @QueryParam("topic") String topic,
                                 @QueryParam("author") String author, @QueryParam("state") String state,
                                 @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("20") String limit) {
        int pageSize = parseLimit(limit);
        return QaJson.list(reading.list(community, topic, author, state, sort, cursor, pageSize), pageSize);
    }

    /**
     * Asks a question: {@code {"community":spaceKey,"title","body","topics":[…]}}. The asker follows it.
     *
     * @return 201 with the question; 400 naming {@code title}, {@code body} or {@code topics}; 403 banned; 404 for a
     *         community the caller may not see
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.ASK)
    public Response ask(AskJson body) {
        AskJson input = required(body);
        long id = posting.ask(input.community(), input.title(), input.body(), input.topics()).id();
        return Response.status(201).entity(QaJson.question(reading.page(id), renderer)).build();
    }

    /** @return 200 with the question page (answers, comments, the caller's votes, {@code can}); 404 when hidden */
    @GET
    @Path("{id}")
    public QuestionJson get(@PathParam("id") long id) {
        return QaJson.question(reading.page(id), renderer);
    }

    /**
     * Edits a question: {@code {"revision":seen,"title","body","topics"}}. Author or moderator.
     *
     * @return 200 with the question; 400 naming the field; 403; 404; 409 when {@code revision} is not the newest
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson edit(@PathParam("id") long id, EditQuestionJson body) {
        EditQuestionJson input = required(body);
        if (input.revision() == null) {
            throw new InvalidInput(Map.of("revision", "guildhall.error.revision.required"));
        }
        posting.editQuestion(id, input.revision(), input.title(), input.body(), input.topics());
        return get(id);
    }

    /** Soft-deletes. Author or moderator. @return 204; 403; 404 */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        posting.deleteQuestion(id);
        return Response.noContent().build();
    }

    /** Restores a deleted question. Moderators. @return 200 with the question; 403; 404 */
    @POST
    @Path("{id}/restore")
    public QuestionJson restore(@PathParam("id") long id) {
        posting.restoreQuestion(id);
        return get(id);
    }

    /** @return 200 with the revisions, oldest first, each with a unified line diff from the previous; 404 */
    @GET
    @Path("{id}/revisions")
    public List<RevisionJson> revisions(@PathParam("id") long id) {
        return QaJson.revisions(reading.questionRevisions(id));
    }

    /** Answers: {@code {"body"}}. @return 201 with the question page; 400 naming {@code body}; 403 closed/banned; 404 */
    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.ANSWER)
    public Response answer(@PathParam("id") long id, BodyJson body) {
        posting.answer(id, required(body).body());
        return Response.status(201).entity(get(id)).build();
    }

    /** Comments on the question: {@code {"body"}} (1–600 characters). @return 201 with the question page */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.COMMENT)
    public Response comment(@PathParam("id") long id, BodyJson body) {
        posting.commentOnQuestion(id, required(body).body());
        return Response.status(201).entity(get(id)).build();
    }

    /**
     * Votes: {@code {"value":1|-1|0}}. Not on one's own or a deleted question.
     *
     * @return 200 {@code {"score","myVote"}}; 400 naming {@code value}; 403; 404
     */
    @PUT
    @Path("{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.VOTE)
    public VoteJson vote(@PathParam("id") long id, VoteValueJson body) {
        Voting.VoteResult result = voting.voteOnQuestion(id, required(body).value());
        return new VoteJson(result.score(), result.myVote());
    }

    /**
     * Closes: {@code {"reason":"duplicate"|"off-topic"|"resolved","duplicateOf":id}}. Moderators.
     *
     * @return 200 with the question; 400 naming {@code reason} or {@code duplicateOf}; 403; 404
     */
    @PUT
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson close(@PathParam("id") long id, CloseRequestJson body) {
        CloseRequestJson input = required(body);
        voting.close(id, input.reason(), input.duplicateOf());
        return get(id);
    }

    /** Reopens. Moderators. @return 200 with the question; 403; 404 */
    @DELETE
    @Path("{id}/close")
    public QuestionJson reopen(@PathParam("id") long id) {
        voting.reopen(id);
        return get(id);
    }

    /** Follows the question. @return 200 {@code {"following":true}}; 404 */
    @PUT
    @Path("{id}/follow")
    public FollowJson follow(@PathParam("id") long id) {
        return new FollowJson(voting.follow(id, true));
    }

    /** Stops following. @return 200 {@code {"following":false}}; 404 */
    @DELETE
    @Path("{id}/follow")
    public FollowJson unfollow(@PathParam("id") long id) {
        return new FollowJson(voting.follow(id, false));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        return body;
    }

    static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.limit.range"));
        }
    }
}
