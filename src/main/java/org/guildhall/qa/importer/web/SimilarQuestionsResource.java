package org.guildhall.qa.importer.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;
import org.guildhall.platform.web.RateLimited;
import org.guildhall.qa.importer.SimilarQuestions;
import org.guildhall.ratelimit.RateLimitedAction;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /rest/guildhall/1.0/questions/similar?title=&community=&limit=}: questions like a title being typed.
 */
@Path("/questions/similar")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarQuestionsResource {

    private final SimilarQuestions similarQuestions;
    private final Links links;

    public SimilarQuestionsResource(SimilarQuestions similarQuestions, Links links) {
        this.similarQuestions = similarQuestions;
        this.links = links;
    }

    /** The response: {@code {"results":[…]}}. */
    public record SimilarQuestionsJson(List<SimilarQuestionJson> results) {
    }

    /**
     * One suggestion; {@code url} is the question's page.
     */
    public record SimilarQuestionJson(int id, String title, String url, int score, int answerCount, boolean accepted,
                                      String community, String communityName) {
    }

    /**
     * Suggests up to {@code limit} questions similar to {@code title} among those the caller may see (permission
     * scoped before ranking; deleted questions never). Any logged-in user.
     *
     * @param title     what is being typed, 1–255 characters
     * @param community a community's space key to narrow to; omit for every community the caller may see
     * @param limit     1–5, default 5
     * @return 200 with the suggestions, best first; 400 naming {@code title} or {@code limit}; 404 when the community
     *         does not exist or the caller may not see it; 401 for anonymous callers
     */
    @GET
    @RateLimited(RateLimitedAction.SIMILAR_QUESTIONS)
    public SimilarQuestionsJson similar(@QueryParam("title") String title, @QueryParam("community") String community,
                                        @QueryParam("limit") @DefaultValue("5") String limit) {
        int parsedLimit;
        try {
            parsedLimit = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("limit", "guildhall.similar.error.limit"));
        }
        String base = links.baseUrl(false);
        return new SimilarQuestionsJson(similarQuestions.similar(title, community, parsedLimit).stream()
                .map(q -> new SimilarQuestionJson(q.id(), q.title(), base + "/plugins/servlet/guildhall/questions/"
                        + q.id(), q.score(), q.answerCount(), q.accepted(), q.communitySpaceKey(), q.communityName()))
                .toList());
    }
}
