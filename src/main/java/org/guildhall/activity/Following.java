package org.guildhall.activity;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.QaPermissions;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Following questions, topics, communities and people, for the "Following" stream (and later digests). Only things
 * the person may see can be followed: a hidden question, community or unknown person is 404, as if it did not exist.
 */
@Component
public class Following {

    public static final Set<String> TYPES = Set.of(Follow.QUESTION, Follow.TOPIC, Follow.COMMUNITY, Follow.PERSON);
    public static final int MAX_LISTED = ActivityStream.MAX_FOLLOWS;

    private final FollowDao followDao;
    private final CurrentUser currentUser;
    private final VisibleCommunities visibleCommunities;
    private final QaPermissions qaPermissions;
    private final People people;
    private final Transactions transactions;
    private final Clock clock;

    public Following(FollowDao followDao, CurrentUser currentUser, VisibleCommunities visibleCommunities,
                     QaPermissions qaPermissions, People people, Transactions transactions, Clock clock) {
        this.followDao = followDao;
        this.currentUser = currentUser;
        this.visibleCommunities = visibleCommunities;
        this.qaPermissions = qaPermissions;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Makes the current user follow the target; following twice is fine. Logged-in users only.
     *
     * @return the follow as stored (the target normalised, e.g. a topic in lower case)
     * @throws InvalidInput naming {@code type} or {@code id}
     * @throws NotFound     for a question, community or person the caller cannot see
     * @throws AccessDenied for anonymous callers
     */
    public Follow follow(String type, String id) {
        String userKey = loggedIn();
        String target = checkedTarget(type, id);
        transactions.inTransactionRetryingOnConflict(() -> followDao.follow(type, target, userKey, clock.now()));
        return new Follow(type, target, clock.now());
    }

    /**
     * Stops following; not following is fine. Logged-in users only; the target need not be visible any more.
     *
     * @throws InvalidInput naming {@code type} or {@code id}
     */
    public void unfollow(String type, String id) {
        String userKey = loggedIn();
        String target = normalised(type, id);
        transactions.inTransaction(() -> followDao.unfollow(type, target, userKey));
    }

    /** @return the current user's follows, newest first (at most {@value #MAX_LISTED}); logged-in users only */
    public List<Follow> mine() {
        return followDao.findByUser(loggedIn(), MAX_LISTED);
    }

    private String checkedTarget(String type, String id) {
        String target = normalised(type, id);
        switch (type) {
            case Follow.QUESTION -> qaPermissions.access(Long.parseLong(target));
            case Follow.COMMUNITY -> visibleCommunities.bySpaceKey(target)
                    .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", target));
            case Follow.PERSON -> people.find(target)
                    .orElseThrow(() -> new NotFound("guildhall.error.person.not-found", target));
            default -> {
                // any well-formed topic may be followed, even before a question carries it
            }
        }
        return target;
    }

    private static String normalised(String type, String id) {
        if (type == null || !TYPES.contains(type)) {
            throw new InvalidInput(Map.of("type", "guildhall.error.follow.type.unknown"));
        }
        String value = id == null ? "" : id.trim();
        boolean valid = switch (type) {
            case Follow.QUESTION -> value.matches("[1-9][0-9]{0,17}");
            case Follow.TOPIC -> Topics.parse(value).isPresent();
            default -> !value.isEmpty() && value.length() <= 255;
        };
        if (!valid) {
            throw new InvalidInput(Map.of("id", "guildhall.error.follow.target.invalid"));
        }
        return type.equals(Follow.TOPIC) ? Topics.parse(value).orElseThrow() : value;
    }

    private String loggedIn() {
        return currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
    }
}
