package org.guildhall.community;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    public CommunityAdministration(CommunityDao communityDao, Spaces spaces, SpacePermissions spacePermissions,
                                   Transactions transactions, Clock clock, FoundingOwner foundingOwner) {
        this.communityDao = communityDao;
        this.spaces = spaces;
        this.spacePermissions = spacePermissions;
        this.transactions = transactions;
        this.clock = clock;
        this.foundingOwner = foundingOwner;
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
        return saveSettings(spaceKey, name, description, null);
    }

    /**
     * Like {@link #saveSettings(String, String, String)}, and sets how people join. The caller becomes the
     * community's first owner when it has none (so a new community always starts with one).
     *
     * @param visibility {@code open} or {@code request}; null keeps the current one (open for a new community).
     *                   {@code private} is refused until private communities can restrict their space.
     * @throws InvalidInput naming {@code name}, {@code description} or {@code visibility}
     */
    public Community saveSettings(String spaceKey, String name, String description, String visibility) {
        authorize(spaceKey);
        CommunitySettings settings = validate(name, description);
        Visibility chosen = validateVisibility(visibility,
                () -> communityDao.findBySpaceKey(spaceKey).map(Community::visibility).orElse(Visibility.OPEN));
        CommunitySettings withVisibility = new CommunitySettings(settings.name(), settings.description(), chosen);
        List<MembershipChangedEvent> founded = new ArrayList<>();
        Community saved = transactions.inTransactionRetryingOnConflict(() -> {
            Community community = communityDao.save(spaceKey, withVisibility, clock.now());
            founded.clear();
            founded.addAll(foundingOwner.appointIfOwnerless(community));
            return founded.isEmpty() ? community : communityDao.findBySpaceKey(spaceKey).orElseThrow();
        });
        foundingOwner.announce(founded);
        return saved;
    }

    private static Visibility validateVisibility(String visibility, Supplier<Visibility> current) {
        if (visibility == null) {
            return current.get();
        }
        Optional<Visibility> parsed = Visibility.parse(visibility);
        if (parsed.isEmpty()) {
            throw new InvalidInput(Map.of("visibility", "guildhall.error.visibility.invalid"));
        }
        if (parsed.get() == Visibility.PRIVATE) {
            throw new InvalidInput(Map.of("visibility", "guildhall.error.visibility.private-unavailable"));
        }
        return parsed.get();
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

    private static CommunitySettings validate(String name, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
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
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CommunitySettings(trimmedName, trimmedDescription, Visibility.OPEN);
    }
}
