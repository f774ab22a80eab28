package org.guildhall.admin.web;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guildhall.admin.CommunityCreators;
import org.guildhall.admin.GlobalSettings;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.qa.ReputationWeights;

import java.util.Map;

/**
 * {@code /admin/settings}: Guildhall's global configuration. System administrators only, in a secure administrator
 * session (WebSudo) when called from a browser. Every change is audited ({@link AuditResource}).
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class AdminSettingsResource {

    private final GlobalSettings globalSettings;

    public AdminSettingsResource(GlobalSettings globalSettings) {
        this.globalSettings = globalSettings;
    }

    record RoutingJson(Integer weeklyCap, Integer escalationHours) {
    }

    record ReputationWeightsJson(Integer questionUpVote, Integer questionDownVote, Integer answerUpVote,
                                 Integer answerDownVote, Integer acceptedAnswer) {
    }

    record SettingsJson(ReputationWeightsJson reputationWeights, RoutingJson routing,
                        CommunityCreators communityCreators, Map<String, Boolean> features) {
    }

    /**
     * @return 200 with {@code {"reputationWeights","routing","communityCreators","features"}}; 401 anonymous or
     *         outside a secure administrator session; 403 for everyone but system administrators
     */
    @GET
    public GlobalSettings.Snapshot settings() {
        return globalSettings.read();
    }

    /**
     * Changes the sections given (others are kept): {@code reputationWeights} (all five), {@code routing}
     * ({@code weeklyCap} 1–100, {@code escalationHours} 1–720), {@code communityCreators} ({@code who} =
     * {@code space-admins} or {@code group} with an existing {@code group}), {@code features} ({@code qa},
     * {@code expertise}, {@code activity}, {@code health}: true or false). Each change is audited.
     *
     * @return 200 with the settings after the change; 400 naming each bad field (nothing saved); 401; 403
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public GlobalSettings.Snapshot saveSettings(SettingsJson body) {
        if (body == null) {
            throw new InvalidInput(Map.of("body", "guildhall.error.json.malformed"));
        }
        ReputationWeightsJson weights = body.reputationWeights();
        // a weight left out is an error (as on /admin/reputation-weights): Integer.MIN_VALUE is outside every range
        ReputationWeights reputationWeights = weights == null ? null : new ReputationWeights(
                orInvalid(weights.questionUpVote()), orInvalid(weights.questionDownVote()),
                orInvalid(weights.answerUpVote()), orInvalid(weights.answerDownVote()),
                orInvalid(weights.acceptedAnswer()));
        RoutingJson routing = body.routing();
        return globalSettings.save(new GlobalSettings.Change(reputationWeights,
                routing == null ? null : routing.weeklyCap(), routing == null ? null : routing.escalationHours(),
                routing != null, body.communityCreators(), body.features()));
    }

    private static int orInvalid(Integer weight) {
        return weight == null ? Integer.MIN_VALUE : weight;
    }
}
