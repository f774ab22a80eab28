package org.guildhall.expertise;

import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognition: the people with the most accepted answers (then answers, then answer points) in a community, in one
 * topic or all, over the last days. Counts only what the reader may see (the community must be visible to them).
 */
@Component
public class TopContributors {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_LIMIT = 50;

    private final VisibleCommunities visibleCommunities;
    private final EvidenceDao evidenceDao;
    private final People people;
    private final Clock clock;

    public TopContributors(VisibleCommunities visibleCommunities, EvidenceDao evidenceDao, People people, Clock clock) {
        this.visibleCommunities = visibleCommunities;
        this.evidenceDao = evidenceDao;
        this.people = people;
        this.clock = clock;
    }

    public record Ranked(Person person, Contributor contribution) {
    }

    public record Board(Community community, String topic, int days, List<Ranked> people) {
    }

    /**
     * Any reader of the community (anonymous readers of open spaces included).
     *
     * @param topic a topic, or null/blank for all
     * @param days  the period, 1–3650 (out of range falls back to {@value #DEFAULT_DAYS})
     * @throws NotFound for a community the reader cannot see (or that does not exist)
     */
    public Board top(String spaceKey, String topic, int days, int limit) {
        Community community = visibleCommunities.bySpaceKey(spaceKey)
                .orElseThrow(() -> new NotFound("guildhall.error.community.not-found"));
        int period = days < 1 || days > 3650 ? DEFAULT_DAYS : days;
        Optional<String> parsedTopic = topic == null || topic.isBlank() ? Optional.empty() : Topics.parse(topic);
        List<Contributor> contributors = evidenceDao.topContributors(List.of(community.id()), parsedTopic,
                clock.now().minus(Duration.ofDays(period)), Math.max(1, Math.min(MAX_LIMIT, limit)));
        Map<String, Person> names = people.findAll(contributors.stream().map(Contributor::personKey).toList());
        List<Ranked> ranked = contributors.stream().filter(contributor -> names.containsKey(contributor.personKey()))
                .map(contributor -> new Ranked(names.get(contributor.personKey()), contributor)).toList();
        return new Board(community, parsedTopic.orElse(null), period, ranked);
    }
}
