package org.guildhall.community;

import org.guildhall.admin.CommunityCreation;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns spaces into communities and back. Only administrators of the space may.
 */
@Component
public class CommunityAdministration {

    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private final CommunityDao communityDao;
    private final Spaces spaces;
    private final SpacePermissions spacePermissions;
    private final Transactions transactions;
    private final Clock clock;
    private final FoundingOwner foundingOwner;
    private final KnownTopics knownTopics;
    private final CommunityCreation creation;

    public CommunityAdministration(CommunityDao communityDao, Spaces spaces, SpacePermissions spacePermissions,
                                   Transactions transactions, Clock clock, FoundingOwner foundingOwner,
                                   KnownTopics knownTopics, CommunityCreation creation) {
        this.communityDao = communityDao;
        this.spaces = spaces;
        this.spacePermissions = spacePermissions;
        this.transactions = transactions;
        this.clock = clock;
        this.foundingOwner = foundingOwner;
        this.knownTopics = knownTopics;
        this.creation = creation;
    }

    /**
     * Turns the space into a community, or updates its settings. The caller must administer the space.
     *
     * @param name        required, at most 255 characters; surrounding blanks are dropped
     * @param description optional, at most 10,000 characters
     * @return the community as saved
     * @throws NotFound     when the space does not exist or the caller may not view it
     * @throws AccessDenied when the caller may view but not administer the space
     * @throws InvalidInput naming {@code name} or {@code description}
     */
    public Community saveSettings(String spaceKey, String name, String description) {
        return saveSettings(spaceKey, name, description, null, null);
    }

    /**
     * Like {@link #saveSettings(String, String, String)}, and also replaces the community's topics and sets how people
     * join, in the same transaction. The caller becomes the community's first owner when it has none (so a new
     * community always starts with one). The community's topics become known topics in the same transaction, so they
     * can be used at once (e.g. when asking a question).
     *
     * @param topics     up to {@value Topics#MAX_TOPICS} topics, normalised by {@link Topics#normalise} (repeats
     *                   dropped); null leaves the topics as they are, an empty list removes them all
     * @param visibility {@code open} or {@code request}; null keeps the current one (open for a new community).
     *                   {@code private} only keeps a community private: making one private goes through
     *                   {@link PrivateCommunity}, which restricts the space after the admin confirmed the plan.
     *                   Switching a private community to open or request re-grants nothing in the space.
     * @throws InvalidInput naming {@code name}, {@code description}, {@code topics} or {@code visibility}
     */
    public Community saveSettings(String spaceKey, String name, String description, List<String> topics,
                                  String visibility) {
        authorize(spaceKey);
        if (communityDao.findBySpaceKey(spaceKey).isEmpty() && !creation.allowsCurrentUser()) {
            throw new AccessDenied("guildhall.error.community.creation-restricted");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Visibility> chosen = validVisibility(visibility, currentVisibility(spaceKey), errors);
        CommunitySettings validated = validate(name, description, topics, errors);
        CommunitySettings settings = new CommunitySettings(validated.name(), validated.description(),
                chosen.orElseGet(() -> currentVisibility(spaceKey)), validated.topics());
        List<MembershipChangedEvent> founded = new ArrayList<>();
        Community saved = transactions.inTransactionRetryingOnConflict(() -> {
            Community community = communityDao.save(spaceKey, settings, clock.now());
            settings.topics().ifPresent(names -> knownTopics.register(names, clock.now()));
            founded.clear();
            founded.addAll(foundingOwner.appointIfOwnerless(community));
            return founded.isEmpty() ? community : communityDao.findBySpaceKey(spaceKey).orElseThrow();
        });
        communityDao.forgetSnapshot();
        foundingOwner.announce(founded);
        return saved;
    }

    /**
     * Checks settings as {@link #saveSettings(String, String, String, List, String)} would, without saving anything,
     * so that a use case can refuse bad input before it changes the space.
     *
     * @throws InvalidInput naming {@code name}, {@code description} or {@code topics}
     */
    public void checkSettings(String name, String description, List<String> topics) {
        validate(name, description, topics, new LinkedHashMap<>());
    }

    /**
     * Turns the community off. Its data is kept; saving settings again turns it back on.
     *
     * @throws NotFound     when the space does not exist, the caller may not view it, or it is not a community
     * @throws AccessDenied when the caller may not administer the space
     */
    public void disable(String spaceKey) {
        authorize(spaceKey);
        boolean disabled = transactions.inTransaction(() -> communityDao.disable(spaceKey, clock.now()));
        communityDao.forgetSnapshot();
        if (!disabled) {
            throw new NotFound("guildhall.error.community.not-found", spaceKey);
        }
    }

    private void authorize(String spaceKey) {
        if (spaces.find(spaceKey).isEmpty() || !spacePermissions.canView(spaceKey)) {
            throw new NotFound("guildhall.error.space.not-found", spaceKey);
        }
        if (!spacePermissions.canAdminister(spaceKey)) {
            throw new AccessDenied("guildhall.error.space.not-admin", spaceKey);
        }
    }

    private Visibility currentVisibility(String spaceKey) {
        return communityDao.findBySpaceKey(spaceKey).map(Community::visibility).orElse(Visibility.OPEN);
    }

    /** @return the visibility asked for, or empty to keep the current one */
    private static Optional<Visibility> validVisibility(String visibility, Visibility current,
                                                        Map<String, String> errors) {
        if (visibility == null) {
            return Optional.empty();
        }
        Optional<Visibility> parsed = Visibility.parse(visibility);
        if (parsed.isEmpty()) {
            errors.put("visibility", "guildhall.error.visibility.invalid");
        } else if (parsed.get() == Visibility.PRIVATE && current != Visibility.PRIVATE) {
            errors.put("visibility", "guildhall.error.visibility.private-needs-plan");
            return Optional.empty();
        }
        return parsed;
    }

    private static CommunitySettings validate(String name, String description, List<String> topics,
                                              Map<String, String> errors) {
        String trimmedName = name == null ? "" : name.trim();
        if (trimmedName.isEmpty()) {
            errors.put("name", "guildhall.error.name.required");
        } else if (trimmedName.length() > MAX_NAME_LENGTH) {
            errors.put("name", "guildhall.error.name.too-long");
        }
        String trimmedDescription = description == null ? "" : description.trim();
        if (trimmedDescription.length() > MAX_DESCRIPTION_LENGTH) {
            errors.put("description", "guildhall.error.description.too-long");
        }
        Optional<List<String>> parsedTopics = topics == null ? Optional.empty() : validTopics(topics, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CommunitySettings(trimmedName, trimmedDescription, Visibility.OPEN, parsedTopics);
    }

    private static Optional<List<String>> validTopics(List<String> topics, Map<String, String> errors) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String topic : topics) {
            Optional<String> valid = Topics.parse(topic);
            if (valid.isEmpty()) {
                errors.put("topics", "guildhall.error.topics.invalid");
                return Optional.empty();
            }
            parsed.add(valid.get());
        }
        if (parsed.size() > Topics.MAX_TOPICS) {
            errors.put("topics", "guildhall.error.topics.too-many");
            return Optional.empty();
        }
        return Optional.of(List.copyOf(parsed));
    }
}
