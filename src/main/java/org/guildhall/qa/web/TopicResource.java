package org.guildhall.qa.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.qa.Reputation;
import org.guildhall.qa.ReputationWeights;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.TopicPage;
import org.guildhall.qa.web.QaRequests.WeightsJson;

import java.util.List;

import static org.guildhall.qa.web.QuestionResource.required;

/**
 * {@code /topics} (autocomplete and topic pages, counted over the caller's visible communities only) and
 * {@code /admin/reputation-weights} (system administrators).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final QuestionReading reading;
    private final Reputation reputation;

    public TopicResource(QuestionReading reading, Reputation reputation) {
        this.reading = reading;
        this.reputation = reputation;
    }

    record TopicJson(String name, String description) {
    }

    record TopicPageJson(String name, String description, boolean known, int questionCount, int followerCount,
                         String questions) {
    }

    /** @return 200 with up to 10 known topics starting with {@code query}; 400 naming {@code query} */
    @GET
    @Path("topics")
    public List<TopicJson> suggest(@QueryParam("query") String query) {
        return reading.suggestTopics(query).stream().map(topic -> new TopicJson(topic.name(), topic.description()))
                .toList();
    }

    /**
     * @return 200 with the topic's description, the number of questions the caller may see with it, its follower count
     *         and the REST path of its question list; 404 for a topic unknown to the caller
     */
    @GET
    @Path("topics/{name}")
    public TopicPageJson topic(@PathParam("name") String name) {
        TopicPage page = reading.topic(name);
        return new TopicPageJson(page.name(), page.description(), page.known(), page.questionCount(),
                page.followerCount(), "/rest/guildhall/1.0/questions?topic=" + page.name());
    }

    /** @return 200 with the reputation weights; 403 for everyone but system administrators */
    @GET
    @Path("admin/reputation-weights")
    public ReputationWeights weights() {
        return reputation.weights();
    }

    /** Sets the weights (all five, each within ±1000). @return 200; 400 naming each bad weight; 403 */
    @PUT
    @Path("admin/reputation-weights")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReputationWeights saveWeights(WeightsJson body) {
        WeightsJson input = required(body);
        return reputation.saveWeights(input.questionUpVote(), input.questionDownVote(), input.answerUpVote(),
                input.answerDownVote(), input.acceptedAnswer());
    }
}
