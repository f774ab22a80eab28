package org.guildhall.activity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries a stream query returns, already resolved for one reader: {@code communityIds} holds only communities
 * the reader may see, so the query itself keeps everything else out. Empty sets mean "no restriction", except
 * {@code communityIds}, where empty means "nothing".
 *
 * @param following when present, only entries about these followed things
 */
public record StreamFilter(Set<Long> communityIds, Set<String> actorKeys, Set<String> topics, Set<ActivityKind> kinds,
                           Optional<Followed> following) {

    public StreamFilter {
        communityIds = Set.copyOf(communityIds);
        actorKeys = Set.copyOf(actorKeys);
        topics = Set.copyOf(topics);
        kinds = Set.copyOf(kinds);
    }

    /** Things a person follows, resolved to what the stream stores. */
    public record Followed(Set<Long> communityIds, Set<String> personKeys, Set<Long> questionIds, Set<String> topics) {

        public Followed {
            communityIds = Set.copyOf(communityIds);
            personKeys = Set.copyOf(personKeys);
            questionIds = Set.copyOf(questionIds);
            topics = Set.copyOf(topics);
        }

        public boolean isEmpty() {
            return communityIds.isEmpty() && personKeys.isEmpty() && questionIds.isEmpty() && topics.isEmpty();
        }
    }

    /** @return true when no entry can match, so the database need not be asked */
    public boolean matchesNothing() {
        return communityIds.isEmpty() || following.map(Followed::isEmpty).orElse(false);
    }

    public List<Long> sortedCommunityIds() {
        return communityIds.stream().sorted().toList();
    }
}
