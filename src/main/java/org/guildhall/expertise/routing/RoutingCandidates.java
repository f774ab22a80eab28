package org.guildhall.expertise.routing;

import org.guildhall.expertise.ExpertiseScoring;
import org.guildhall.expertise.Profile;
import org.guildhall.expertise.ScoreCell;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.expertise.routing.ao.RoutingDao;
import org.guildhall.platform.People;
import org.guildhall.platform.UserSpacePermissions;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the people a question goes to: candidates from the community's ranking in each question topic, its general
 * ranking (each piece of work once) and the people who declared one of the topics — each an indexed read with a limit
 * of the pre-summed cells, never the evidence items — ordered by {@link RoutingRanking} over their cells in the
 * question's community, then filtered one by one — only people Confluence still knows, who may view the community's space now,
 * who take questions now (availability, busy-until), who were routed fewer than the weekly cap in the last 7 days, and
 * who are not excluded (the asker, people asked before). Permissions are checked for the few people about to be
 * picked, not for everyone.
 */
@Component
public class RoutingCandidates {

    static final int CANDIDATE_POOL = 50;
    static final Duration CAP_WINDOW = Duration.ofDays(7);

    private final EvidenceDao evidenceDao;
    private final ProfileDao profileDao;
    private final RoutingDao routingDao;
    private final People people;
    private final UserSpacePermissions permissions;

    public RoutingCandidates(EvidenceDao evidenceDao, ProfileDao profileDao, RoutingDao routingDao, People people,
                             UserSpacePermissions permissions) {
        this.evidenceDao = evidenceDao;
        this.profileDao = profileDao;
        this.routingDao = routingDao;
        this.people = people;
        this.permissions = permissions;
    }

    /** A picked person and their routing score (decayed to {@code now}). */
    public record Candidate(String personKey, double score) {
    }

    /**
     * @param excluded people never to pick (the asker, people already asked about this question)
     * @return at most {@code wanted} people, best first
     */
    public List<Candidate> pick(long communityId, String spaceKey, Collection<String> topics,
                                Collection<String> excluded, int weeklyCap, int wanted, Instant now) {
        Set<String> keys = new LinkedHashSet<>();
        for (String topic : new TreeSet<>(topics)) {
            evidenceDao.rankTopic(topic, Optional.of(communityId), CANDIDATE_POOL).stream()
                    .map(EvidenceDao.TopicScore::personKey).forEach(keys::add);
        }
        evidenceDao.rankGeneral(communityId, CANDIDATE_POOL).stream().map(EvidenceDao.TopicScore::personKey)
                .forEach(keys::add);
        keys.addAll(profileDao.findDeclaring(topics, CANDIDATE_POOL));
        keys.removeAll(excluded);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Candidate> ranked = rank(keys, communityId, topics, now);
        Map<String, Profile> profiles = profileDao.findAll(keys);
        Map<String, Integer> recent = routingDao.countSince(keys, now.minus(CAP_WINDOW));
        Set<String> known = people.findAll(keys).keySet();
        List<Candidate> picked = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (picked.size() == wanted) {
                break;
            }
            String key = candidate.personKey();
            if (known.contains(key) && profiles.get(key).available(now)
                    && recent.getOrDefault(key, 0) < weeklyCap && permissions.canView(key, spaceKey)) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    /**
     * Orders the people by routing score: their general cell in the community (each piece of work counted once) for
     * the general part, their cell in each question topic for the topic part, the topic part lowered by their
     * declines. One statement for the cells, one for the declines, whatever the amount of their evidence.
     */
    List<Candidate> rank(Set<String> keys, long communityId, Collection<String> topics, Instant now) {
        Set<String> questionTopics = new HashSet<>(topics);
        Map<String, Double> general = new HashMap<>();
        Map<String, Map<String, Double>> byTopic = new HashMap<>();
        for (ScoreCell cell : evidenceDao.findRoutingCells(keys, communityId, questionTopics)) {
            if (EvidenceDao.GENERAL_TOPIC.equals(cell.topic())) {
                general.merge(cell.personKey(), cell.weighted(), Double::sum);
            } else {
                byTopic.computeIfAbsent(cell.personKey(), key -> new HashMap<>())
                        .merge(cell.topic(), cell.weighted(), Double::sum);
            }
        }
        Map<String, Map<String, Integer>> declines = routingDao.declines(keys, questionTopics);
        List<Candidate> ranked = new ArrayList<>();
        for (String key : keys) {
            double topicParts = 0;
            for (Map.Entry<String, Double> topic : byTopic.getOrDefault(key, Map.of()).entrySet()) {
                topicParts += RoutingRanking.topicPart(topic.getValue(),
                        declines.getOrDefault(key, Map.of()).getOrDefault(topic.getKey(), 0));
            }
            double score = RoutingRanking.score(topicParts, general.getOrDefault(key, 0.0));
            ranked.add(new Candidate(key, ExpertiseScoring.decayed(score, now)));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::personKey));
        return ranked;
    }
}
