package org.guildhall.qa;

import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.TopicDao;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which topics a community talks about, with how many questions the reader may see for each: the topic lists of the
 * {@code guildhall-topics} macro. Hidden communities add nothing, to the list or to the counts.
 */
@Component
public class TopicCounts {

    /** Never more topics than this in one list. */
    public static final int MAX_TOPICS = 50;
    /** Newest questions whose topics are sampled to choose which topics a list shows. */
    private static final int SAMPLE = 100;

    private final VisibleCommunities visibleCommunities;
    private final QuestionDao questionDao;
    private final TopicDao topicDao;

    public TopicCounts(VisibleCommunities visibleCommunities, QuestionDao questionDao, TopicDao topicDao) {
        this.visibleCommunities = visibleCommunities;
        this.questionDao = questionDao;
        this.topicDao = topicDao;
    }

    /** A topic with its description (empty when none) and the number of visible questions carrying it. */
    public record TopicCount(String name, String description, int questions) {
    }

    /**
     * The topics of one community (its own topics and those of its newest questions) or of every community the reader
     * may see, most used first. Any reader; a community the reader may not see gives an empty list. Statements: two
     * to sample, then a description and a count per topic shown (at most {@code limit}, capped at
     * {@value #MAX_TOPICS}).
     *
     * @param spaceKey a community's space key, or empty for every visible community
     */
    public List<TopicCount> topics(Optional<String> spaceKey, int limit) {
        Map<Long, Community> communities = spaceKey
                .map(key -> visibleCommunities.bySpaceKey(key).map(found -> Map.of(found.id(), found))
                        .orElse(Map.of()))
                .orElseGet(visibleCommunities::all);
        if (communities.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> used = new HashMap<>();
        communities.values().forEach(community -> community.topics().forEach(topic -> used.merge(topic, 0, Integer::sum)));
        questionDao.list(new QuestionListQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                        QuestionListQuery.Sort.NEWEST, Optional.empty()), communities.keySet(), SAMPLE)
                .forEach(question -> question.topics().forEach(topic -> used.merge(topic, 1, Integer::sum)));
        List<String> chosen = used.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(1, Math.min(MAX_TOPICS, limit))).map(Map.Entry::getKey).toList();
        List<TopicCount> counts = new ArrayList<>();
        for (String name : chosen) {
            counts.add(new TopicCount(name, topicDao.find(name).map(Topic::description).orElse(""),
                    questionDao.countWithTopic(name, communities.keySet())));
        }
        counts.sort(Comparator.comparingInt(TopicCount::questions).reversed().thenComparing(TopicCount::name));
        return counts;
    }
}
