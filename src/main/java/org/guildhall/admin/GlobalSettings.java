package org.guildhall.admin;

import org.guildhall.expertise.routing.ExpertRouting;
import org.guildhall.expertise.routing.RoutingSettings;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Groups;
import org.guildhall.qa.Reputation;
import org.guildhall.qa.ReputationWeights;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The global configuration page's use cases: read every global setting, and change any of them at once — reputation
 * weights, routing cap and escalation delay, who may create communities, feature switches. System administrators only.
 * Input is checked as a whole before anything is saved; each change is audited.
 */
@Component
public class GlobalSettings {

    private final SystemAdministrators systemAdministrators;
    private final Reputation reputation;
    private final ExpertRouting routing;
    private final SettingsStore settings;
    private final FeatureSwitches features;
    private final CommunityCreation communityCreation;
    private final Groups groups;

    public GlobalSettings(SystemAdministrators systemAdministrators, Reputation reputation, ExpertRouting routing, SettingsStore settings,
                          FeatureSwitches features, CommunityCreation communityCreation, Groups groups) {
        this.systemAdministrators = systemAdministrators;
        this.reputation = reputation;
        this.routing = routing;
        this.settings = settings;
        this.features = features;
        this.communityCreation = communityCreation;
        this.groups = groups;
    }

    /** Everything on the page. */
    public record Snapshot(ReputationWeights reputationWeights, RoutingSettings routing,
                           CommunityCreators communityCreators, Map<String, Boolean> features) {
    }

    /** What to change; a null section is left as it is. */
    public record Change(ReputationWeights reputationWeights, Integer weeklyCap, Integer escalationHours,
                         boolean routingGiven, CommunityCreators communityCreators, Map<String, Boolean> features) {
    }

    /** @throws AccessDenied for everyone but system administrators (login required first) */
    public Snapshot read() {
        systemAdministrators.require();
        Map<String, Boolean> switches = new LinkedHashMap<>();
        features.all().forEach((feature, on) -> switches.put(feature.key(), on));
        return new Snapshot(reputation.weights(), routing.settings(), communityCreation.creators(), switches);
    }

    /**
     * Applies the change: every section is validated first (errors named {@code reputationWeights.<weight>},
     * {@code routing.weeklyCap}, {@code routing.escalationHours}, {@code communityCreators.who},
     * {@code communityCreators.group}, {@code features.<feature>}); with any error nothing is saved.
     *
     * @return the settings after the change
     * @throws AccessDenied for everyone but system administrators
     * @throws InvalidInput naming each bad field
     */
    public Snapshot save(Change change) {
        systemAdministrators.require();
        Map<String, String> errors = new LinkedHashMap<>();
        ReputationWeights weights = change.reputationWeights();
        if (weights != null) {
            prefixed("reputationWeights.", ReputationWeights.errors(weights.questionUpVote(),
                    weights.questionDownVote(), weights.answerUpVote(), weights.answerDownVote(),
                    weights.acceptedAnswer()), errors);
        }
        if (change.routingGiven()) {
            prefixed("routing.", RoutingSettings.errors(change.weeklyCap(), change.escalationHours()), errors);
        }
        Map<String, String> values = new LinkedHashMap<>();
        CommunityCreators creators = change.communityCreators();
        if (creators != null && !creators.equals(communityCreation.creators())) {
            checkCreators(creators, errors, values);
        }
        if (change.features() != null) {
            change.features().forEach((key, on) -> {
                if (Feature.byKey(key).isEmpty() || on == null) {
                    errors.put("features." + key, "guildhall.error.admin.feature");
                } else if (features.isOn(Feature.byKey(key).get()) != on) {
                    // only real changes are stored and audited: the page sends every switch each time
                    values.put(FeatureSwitches.PREFIX + key, on.toString());
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (weights != null) {
            reputation.saveWeights(weights.questionUpVote(), weights.questionDownVote(), weights.answerUpVote(),
                    weights.answerDownVote(), weights.acceptedAnswer());
        }
        if (change.routingGiven()) {
            routing.saveSettings(change.weeklyCap(), change.escalationHours());
        }
        if (!values.isEmpty()) {
            settings.save(values);
        }
        return read();
    }

    private void checkCreators(CommunityCreators creators, Map<String, String> errors, Map<String, String> values) {
        if (CommunityCreators.SPACE_ADMINS.equals(creators.who())) {
            values.put(CommunityCreation.WHO, CommunityCreators.SPACE_ADMINS);
        } else if (CommunityCreators.GROUP.equals(creators.who())) {
            String group = creators.group() == null ? "" : creators.group().trim();
            if (group.isEmpty() || !groups.exists(group)) {
                errors.put("communityCreators.group", "guildhall.error.admin.creators-group");
            } else {
                values.put(CommunityCreation.WHO, CommunityCreators.GROUP);
                values.put(CommunityCreation.GROUP, group);
            }
        } else {
            errors.put("communityCreators.who", "guildhall.error.admin.creators-who");
        }
    }

    private static void prefixed(String prefix, Map<String, String> fieldErrors, Map<String, String> errors) {
        fieldErrors.forEach((field, key) -> errors.put(prefix + field, key));
    }
}
