package org.guildhall.activity;

import org.guildhall.activity.StreamFilter.Followed;
import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.ContentPermissions;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading the activity stream for one reader. The reader's visible communities and every filter are conditions of
 * the one SQL query of a page ({@link ActivityDao#read}), so the database returns only entries the reader may see, a
 * page at a time, with keyset paging. The reader's communities come from {@link VisibleCommunities#all()}, which
 * keeps each reader's answers in a cluster-wide cache, so a page costs no query beyond its own (the names of the
 * communities a page shows come from the same map).
 * <p>
 * Confluence can also restrict single pages. Those restrictions live in Confluence, not in our tables, so entries
 * about pages, blog posts and their comments are checked afterwards, only the ones on the page being returned, in one
 * batched call ({@link ContentPermissions}). When some are hidden, the next entries are read to keep the page full:
 * at most {@value #MAX_READS} reads per page, each asking only for the entries still missing plus one. A page thus
 * costs a constant number of statements and reads {@code limit + 1} rows, plus one row per hidden entry. When the
 * reads run out (a reader who may see almost none of many pages) the page is shorter but still has a cursor, so
 * nothing is skipped.
 * <p>
 * Later features (digests, the Atom feed) reuse {@link #filterFor} and {@link #readVisible} so that they show
 * exactly what the stream shows.
 */
@Component
public class ActivityStream {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    /** Reads of the database per page at most: the first, and refills after hidden restricted content. */
    public static final int MAX_READS = 3;
    /** Follows a "following" stream takes into account at most (newest first), keeping its query bounded. */
    public static final int MAX_FOLLOWS = 500;
    public static final int MAX_FILTER_VALUES = 50;

    private final ActivityDao activityDao;
    private final FollowDao followDao;
    private final VisibleCommunities visibleCommunities;
    private final ContentPermissions contentPermissions;
    private final CurrentUser currentUser;

    public ActivityStream(ActivityDao activityDao, FollowDao followDao, VisibleCommunities visibleCommunities,
                          ContentPermissions contentPermissions, CurrentUser currentUser) {
        this.activityDao = activityDao;
        this.followDao = followDao;
        this.visibleCommunities = visibleCommunities;
        this.contentPermissions = contentPermissions;
        this.currentUser = currentUser;
    }

    /**
     * What a reader asks for. Every list may be empty (no restriction).
     *
     * @param spaceKeys communities by space key
     * @param userKeys  people who acted, by user key
     * @param topics    question topics
     * @param kinds     {@link ActivityKind#id()}s
     * @param following only entries about what the reader follows (communities, people, topics, questions)
     * @param cursor    the previous page's {@code nextCursor} for the same request, or null
     */
    public record StreamRequest(List<String> spaceKeys, List<String> userKeys, List<String> topics,
                                List<String> kinds, boolean following, String cursor, int limit) {

        public StreamRequest {
            spaceKeys = clean(spaceKeys);
            userKeys = clean(userKeys);
            topics = clean(topics);
            kinds = clean(kinds);
        }

        private static List<String> clean(List<String> values) {
            return values == null ? List.of()
                    : values.stream().filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
        }
    }

    /** A page of the stream: its entries grouped, the communities they belong to, and the next page's cursor. */
    public record StreamPage(List<ActivityGroup> groups, Map<Long, Community> communities,
                             Optional<String> nextCursor) {

        public int entryCount() {
            return groups.stream().mapToInt(group -> group.entries().size()).sum();
        }
    }

    /** Entries the reader may see, in stream order, and where to go on from (empty when there are no more). */
    public record Slice(List<ActivityEntry> entries, Optional<StreamPosition> next) {
    }

    /**
     * Reads a page of the stream for the current reader (anyone; anonymous readers see the communities open to
     * anonymous users and have nothing to follow).
     *
     * @throws InvalidInput naming {@code kind}, {@code topic}, {@code community}, {@code user}, {@code limit} or
     *                      {@code cursor}; a community the reader may not see gives an empty stream, never an error
     *                      that reveals it
     */
    public StreamPage read(StreamRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ActivityKind> kinds = new HashSet<>();
        for (String kind : request.kinds()) {
            ActivityKind.parse(kind).ifPresentOrElse(kinds::add,
                    () -> errors.put("kind", "guildhall.error.activity.kind.unknown"));
        }
        Set<String> topics = new HashSet<>();
        for (String topic : request.topics()) {
            Topics.parse(topic).ifPresentOrElse(topics::add, () -> errors.put("topic", "guildhall.error.topic.invalid"));
        }
        tooMany("community", request.spaceKeys(), errors);
        tooMany("user", request.userKeys(), errors);
        tooMany("topic", request.topics(), errors);
        if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
            errors.put("limit", "guildhall.error.activity.limit.range");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String reader = currentUser.userKey().orElse("");
        String signature = String.join("|", sortedJoin(request.spaceKeys()), sortedJoin(request.userKeys()),
                sortedJoin(topics), sortedJoin(kinds.stream().map(ActivityKind::id).toList()),
                String.valueOf(request.following()));
        Optional<StreamPosition> after = request.cursor() == null || request.cursor().isEmpty() ? Optional.empty()
                : Optional.of(StreamCursor.decode(request.cursor(), signature, reader));
        Map<Long, Community> visible = visibleCommunities.all();
        Map<Long, String> communities = communitiesFor(visible, request.spaceKeys());
        StreamFilter filter = filterFor(communities, new HashSet<>(request.userKeys()), topics, kinds,
                request.following());
        Slice slice = readVisible(filter, after, request.limit());
        // The communities the page shows, with their names, from the reader's visible ones: no query.
        Map<Long, Community> shown = new HashMap<>();
        slice.entries().forEach(entry -> Optional.ofNullable(visible.get(entry.communityId()))
                .ifPresent(community -> shown.put(community.id(), community)));
        return new StreamPage(ActivityGroup.of(slice.entries()), shown,
                slice.next().map(position -> StreamCursor.encode(signature, reader, position)));
    }

    /**
     * @param communityIds communities the reader may see (from {@link #communitiesFor(Collection)})
     * @return those communities in full, for their names, from the reader's visible ones: no query
     */
    public Map<Long, Community> communityNames(Collection<Long> communityIds) {
        Map<Long, Community> visible = visibleCommunities.all();
        Map<Long, Community> named = new HashMap<>();
        communityIds.forEach(id -> Optional.ofNullable(visible.get(id)).ifPresent(community -> named.put(id, community)));
        return named;
    }

    /**
     * @param spaceKeys the communities wanted, or empty for all
     * @return the space keys of the enabled communities among them the current reader may view, by id
     */
    public Map<Long, String> communitiesFor(Collection<String> spaceKeys) {
        return communitiesFor(visibleCommunities.all(), spaceKeys);
    }

    /**
     * @param visible   the communities the current reader may view ({@link VisibleCommunities#all()})
     * @param spaceKeys the communities wanted, or empty for all
     * @return the space keys of the visible communities among them, by id
     */
    private static Map<Long, String> communitiesFor(Map<Long, Community> visible, Collection<String> spaceKeys) {
        Map<Long, String> chosen = new HashMap<>();
        visible.forEach((id, community) -> {
            if (spaceKeys.isEmpty() || spaceKeys.contains(community.spaceKey())) {
                chosen.put(id, community.spaceKey());
            }
        });
        return chosen;
    }

    /**
     * The filter of a stream for the current reader: only the given (visible) communities; with {@code following},
     * only entries about what the reader follows (one statement for the follows).
     */
    public StreamFilter filterFor(Map<Long, String> communities, Set<String> actorKeys, Set<String> topics,
                                  Set<ActivityKind> kinds, boolean following) {
        Optional<Followed> followed = Optional.empty();
        if (following) {
            followed = Optional.of(currentUser.userKey().map(key -> followed(key, communities))
                    .orElse(new Followed(Set.of(), Set.of(), Set.of(), Set.of())));
        }
        return new StreamFilter(communities.keySet(), actorKeys, topics, kinds, followed);
    }

    /**
     * Reads up to {@code limit} entries the current reader may see, after {@code after}: see the class comment for
     * how restricted content is left out and the page kept full.
     */
    public Slice readVisible(StreamFilter filter, Optional<StreamPosition> after, int limit) {
        List<ActivityEntry> kept = new ArrayList<>();
        Optional<StreamPosition> position = after;
        boolean more = true;
        for (int read = 0; read < MAX_READS && more && kept.size() < limit; read++) {
            int missing = limit - kept.size();
            List<ActivityEntry> rows = activityDao.read(filter, position, missing + 1);
            more = rows.size() > missing;
            List<ActivityEntry> batch = rows.subList(0, Math.min(missing, rows.size()));
            Set<Long> viewable = contentPermissions.viewable(batch.stream()
                    .filter(entry -> entry.kind().aboutConfluenceContent())
                    .map(ActivityEntry::contentId).filter(java.util.Objects::nonNull).distinct().toList());
            for (ActivityEntry entry : batch) {
                position = Optional.of(entry.position());
                if (!entry.kind().aboutConfluenceContent() || entry.content().filter(viewable::contains).isPresent()) {
                    kept.add(entry);
                }
            }
        }
        return new Slice(kept, more ? position : Optional.empty());
    }

    private Followed followed(String userKey, Map<Long, String> communities) {
        Map<String, Long> communityIds = new HashMap<>();
        communities.forEach((id, spaceKey) -> communityIds.put(spaceKey, id));
        Set<Long> followedCommunities = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<Long> questions = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (Follow follow : followDao.findByUser(userKey, MAX_FOLLOWS)) {
            switch (follow.targetType()) {
                case Follow.COMMUNITY -> Optional.ofNullable(communityIds.get(follow.targetId()))
                        .ifPresent(followedCommunities::add);
                case Follow.PERSON -> people.add(follow.targetId());
                case Follow.TOPIC -> topics.add(follow.targetId());
                case Follow.QUESTION -> {
                    try {
                        questions.add(Long.parseLong(follow.targetId()));
                    } catch (NumberFormatException ignored) {
                        // not a question id: nothing in the stream can be about it
                    }
                }
                default -> {
                    // a kind of follow the stream does not know (yet)
                }
            }
        }
        return new Followed(followedCommunities, people, questions, topics);
    }

    private static void tooMany(String field, List<String> values, Map<String, String> errors) {
        if (values.size() > MAX_FILTER_VALUES || values.stream().anyMatch(value -> value.length() > 255)) {
            errors.put(field, "guildhall.error.activity.filter.too-many");
        }
    }

    private static String sortedJoin(Collection<String> values) {
        return String.join(",", new TreeSet<>(values));
    }
}
