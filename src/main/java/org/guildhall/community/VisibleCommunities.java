package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.SpacePermissions;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which communities the current reader may see: the enabled ones whose space Confluence lets them view. Every
 * feature that lists, counts, suggests or searches community content (questions, topics, similar questions) filters
 * by this before it ranks or pages, so that a private community's content is invisible to outsiders everywhere.
 * <p>
 * Confluence has no bulk "spaces this user may view" call that every version offers, so each enabled community's
 * space is checked with {@link SpacePermissions#canView}; Confluence caches those answers per user. The enabled
 * communities come from {@link CommunityDao#enabledSnapshot()}, a cluster-wide cache dropped whenever a community is
 * saved or disabled, so {@link #all()} costs no query at all once the snapshot is loaded.
 */
@Component
public class VisibleCommunities {

    private final CommunityDao communityDao;
    private final SpacePermissions spacePermissions;

    public VisibleCommunities(CommunityDao communityDao, SpacePermissions spacePermissions) {
        this.communityDao = communityDao;
        this.spacePermissions = spacePermissions;
    }

    /**
     * @return the enabled communities the current reader may view, by id, in no particular order; anyone may call it
     *         (anonymous readers see the communities whose spaces are open to anonymous users). Member counts and
     *         last activity may lag (see {@link CommunityDao#enabledSnapshot()}).
     */
    public Map<Long, Community> all() {
        Map<Long, Community> visible = new LinkedHashMap<>();
        for (Community community : communityDao.enabledSnapshot()) {
            if (spacePermissions.canView(community.spaceKey())) {
                visible.put(community.id(), community);
            }
        }
        return visible;
    }

    /**
     * The same communities as {@link #all()}, by id, with only their space keys: one statement reading two columns,
     * for filters over many communities (the activity stream) that load the few they show afterwards.
     */
    public Map<Long, String> spaceKeysById() {
        Map<Long, String> visible = new LinkedHashMap<>();
        communityDao.findEnabledSpaceKeys().forEach((id, spaceKey) -> {
            if (spacePermissions.canView(spaceKey)) {
                visible.put(id, spaceKey);
            }
        });
        return visible;
    }

    /** @return the ids of {@link #all()} */
    public List<Long> ids() {
        return List.copyOf(all().keySet());
    }

    /** @return the space keys of {@link #all()} */
    public List<String> spaceKeys() {
        return all().values().stream().map(Community::spaceKey).toList();
    }

    /**
     * @return the enabled community in that space, when the current reader may view the space; else empty. Found in
     *         the snapshot without a query; a key the snapshot does not hold is looked up in the database, so that
     *         the answer for unknown keys and keys the database matches differently (case-insensitive collations)
     *         stays what the database says.
     */
    public Optional<Community> bySpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<Community> found = communityDao.enabledSnapshot().stream()
                .filter(community -> community.spaceKey().equals(spaceKey)).findFirst();
        return (found.isPresent() ? found : communityDao.findBySpaceKey(spaceKey))
                .filter(Community::enabled)
                .filter(community -> spacePermissions.canView(community.spaceKey()));
    }

    /**
     * @return the enabled community with that id, when the current reader may view its space; else empty. Found in
     *         the snapshot without a query; an id it does not hold is looked up in the database.
     */
    public Optional<Community> byId(long communityId) {
        Optional<Community> found = communityDao.enabledSnapshot().stream()
                .filter(community -> community.id() == communityId).findFirst();
        return (found.isPresent() ? found : communityDao.findById(communityId))
                .filter(Community::enabled)
                .filter(community -> spacePermissions.canView(community.spaceKey()));
    }

    /**
     * @return those of the given communities that are enabled and whose space the current reader may view, by id; two
     *         statements per 500 ids, so a page that links to a few communities need not load every community
     */
    public Map<Long, Community> among(java.util.Collection<Long> communityIds) {
        Map<Long, Community> visible = new LinkedHashMap<>();
        if (communityIds.isEmpty()) {
            return visible;
        }
        for (Community community : communityDao.findByIds(communityIds).values()) {
            if (community.enabled() && spacePermissions.canView(community.spaceKey())) {
                visible.put(community.id(), community);
            }
        }
        return visible;
    }

    /** @return true when the community with that id is enabled and the current reader may view its space */
    public boolean canSee(long communityId) {
        return byId(communityId).isPresent();
    }

    /** @return true when the community in that space is enabled and the current reader may view the space */
    public boolean canSee(String spaceKey) {
        return bySpaceKey(spaceKey).isPresent();
    }
}
