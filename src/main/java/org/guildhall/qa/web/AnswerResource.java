package org.guildhall.qa.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.web.RateLimited;
import org.guildhall.qa.PostRenderer;
import org.guildhall.qa.Posting;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.QuestionPage;
import org.guildhall.qa.Voting;
import org.guildhall.qa.web.QaJson.AnswerJson;
import org.guildhall.qa.web.QaJson.RevisionJson;
import org.guildhall.qa.web.QaJson.VoteJson;
import org.guildhall.qa.web.QaRequests.BodyJson;
import org.guildhall.qa.web.QaRequests.VoteValueJson;
import org.guildhall.ratelimit.RateLimitedAction;

import java.util.List;
import java.util.Map;

import static org.guildhall.qa.web.QuestionResource.required;

/**
 * {@code /rest/guildhall/1.0/answers/{id}} and {@code /comments/{id}}: one answer, its edits, deletion, votes,
 * acceptance and comments. An answer is 404 when its question is hidden from the caller, or when it is deleted and the
 * caller does not moderate the community.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {

    private final Posting posting;
    private final Voting voting;
    private final QuestionReading reading;
    private final PostRenderer renderer;

    public AnswerResource(Posting posting, Voting voting, QuestionReading reading, PostRenderer renderer) {
        this.posting = posting;
        this.voting = voting;
        this.reading = reading;
        this.renderer = renderer;
    }

    /** @return 200 with the answer as on its question's page; 404 when hidden */
    @GET
    @Path("answers/{id}")
    public AnswerJson get(@PathParam("id") long id) {
        long questionId = reading.answer(id).answer().questionId();
        QuestionPage page = reading.page(questionId);
        return page.answers().stream().filter(answer -> answer.id() == id).findFirst()
                .map(answer -> QaJson.answer(answer, page, renderer))
                .orElseThrow(() -> new org.guildhall.platform.GuildhallException.NotFound(
                        "guildhall.error.answer.not-found", String.valueOf(id)));
    }

    /** Edits: {@code {"revision":seen,"body"}}. Author or moderator. @return 200; 400; 403; 404; 409 stale revision */
    @PUT
    @Path("answers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerJson edit(@PathParam("id") long id, BodyJson body) {
        BodyJson input = required(body);
        if (input.revision() == null) {
            throw new InvalidInput(Map.of("revision", "guildhall.error.revision.required"));
        }
        posting.editAnswer(id, input.revision(), input.body());
        return get(id);
    }

    /** Soft-deletes (withdrawing acceptance). Author or moderator. @return 204; 403; 404 */
    @DELETE
    @Path("answers/{id}")
    public Response delete(@PathParam("id") long id) {
        posting.deleteAnswer(id);
        return Response.noContent().build();
    }

    /** Restores. Moderators. @return 200 with the answer; 403; 404 */
    @POST
    @Path("answers/{id}/restore")
    public AnswerJson restore(@PathParam("id") long id) {
        posting.restoreAnswer(id);
        return get(id);
    }

    /** @return 200 with the answer's revisions and diffs; 404 */
    @GET
    @Path("answers/{id}/revisions")
    public List<RevisionJson> revisions(@PathParam("id") long id) {
        return QaJson.revisions(reading.answerRevisions(id));
    }

    /** Votes {@code {"value":1|-1|0}}. @return 200 {@code {"score","myVote"}}; 400 naming {@code value}; 403; 404 */
    @PUT
    @Path("answers/{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.VOTE)
    public VoteJson vote(@PathParam("id") long id, VoteValueJson body) {
        Voting.VoteResult result = voting.voteOnAnswer(id, required(body).value());
        return new VoteJson(result.score(), result.myVote());
    }

    /** Accepts (moving acceptance from another answer). Asker or moderator. @return 200 with the answer; 403; 404 */
    @PUT
    @Path("answers/{id}/accept")
    public AnswerJson accept(@PathParam("id") long id) {
        voting.accept(id);
        return get(id);
    }

    /** Withdraws acceptance. Asker or moderator. @return 200 with the answer; 403; 404 */
    @DELETE
    @Path("answers/{id}/accept")
    public AnswerJson unaccept(@PathParam("id") long id) {
        voting.unaccept(id);
        return get(id);
    }

    /** Comments: {@code {"body"}} (1–600 characters). @return 201 with the answer; 400 naming {@code body}; 403; 404 */
    @POST
    @Path("answers/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(RateLimitedAction.COMMENT)
    public Response comment(@PathParam("id") long id, BodyJson body) {
        posting.commentOnAnswer(id, required(body).body());
        return Response.status(201).entity(get(id)).build();
    }

    /** Deletes a comment. Its author or a moderator. @return 204; 403; 404 */
    @DELETE
    @Path("comments/{id}")
    public Response deleteComment(@PathParam("id") long id) {
        posting.deleteComment(id);
        return Response.noContent().build();
    }
}
