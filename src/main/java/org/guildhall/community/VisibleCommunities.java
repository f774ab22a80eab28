package org.guildhall.community;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.SpacePermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which communities the current reader may see: the enabled ones whose space Confluence lets them view. Every
 * feature that lists, counts, suggests or searches community content (questions, topics, similar questions, the
 * activity stream) filters by this before it ranks or pages, so that a private community's content is invisible to
 * outsiders everywhere.
 * <p>
 * Confluence has no bulk "spaces this user may view" call that every version offers, so each enabled community's
 * space is checked with {@link SpacePermissions#canView}. With 5,000 communities that is 5,000 checks, too many for
 * every request even though Confluence caches each answer; so the answers are kept per reader, as two bit sets over
 * community ids (those checked and those visible among them: about 1.3 kB a reader at 5,000 communities), in a
 * cluster-wide cache ({@value #READER_CACHE}: at most {@value #CACHED_READERS} readers, replicated by invalidation).
 * Correctness first:
 * <ul>
 *   <li>The enabled communities come from {@link CommunityDao#enabledSnapshot()} on every call, so a community turned
 *       off disappears at once; one the reader's entry has not checked yet (turned on since) is checked live.</li>
 *   <li>Every entry is dropped on every node when Confluence publishes a space permission event (a grant or
 *       revocation in any space: {@link VisibilityChanges}) and a reader's own entry when their membership of a
 *       community changes (private communities grant view through a group Guildhall keeps).</li>
 *   <li>What Confluence announces no event for that Guildhall listens to (a group membership edited in Confluence's
 *       administration or synchronised from LDAP) reaches a reader within {@value #MAX_AGE_SECONDS} seconds: no entry
 *       is older.</li>
 * </ul>
 * The enabled communities are a cluster-wide cache dropped whenever a community is saved or disabled, so
 * {@link #all()} costs no query and, for a reader seen in the last minute, no permission check.
 */
@Component
public class VisibleCommunities {

    static final String READER_CACHE = "org.guildhall.community.visible-communities";
    static final int CACHED_READERS = 10_000;
    /** How long a reader's answers are kept at most: the bound for changes no event tells Guildhall about. */
    public static final long MAX_AGE_SECONDS = 60;
    /** The cache key of anonymous readers. */
    private static final String ANONYMOUS = "";

    private final CommunityDao communityDao;
    private final SpacePermissions spacePermissions;
    private final CurrentUser currentUser;
    /** Null without a cache manager (tests, data generators): every call then asks Confluence about every space. */
    private final Cache<String, ReaderVisibility> byReader;

    /** Without a cache: every call asks Confluence about every enabled community (tests, data generators). */
    public VisibleCommunities(CommunityDao communityDao, SpacePermissions spacePermissions) {
        this.communityDao = communityDao;
        this.spacePermissions = spacePermissions;
        this.currentUser = null;
        this.byReader = null;
    }

    @Autowired
    public VisibleCommunities(CommunityDao communityDao, SpacePermissions spacePermissions, CurrentUser currentUser,
                              @ComponentImport CacheManager caches) {
        this.communityDao = communityDao;
        this.spacePermissions = spacePermissions;
        this.currentUser = currentUser;
        // The loader answers for the current user, whose key is always the key asked for (see #readerKey).
        this.byReader = caches.getCache(READER_CACHE, key -> check(communityDao.enabledSnapshot()),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(CACHED_READERS)
                        .expireAfterWrite(MAX_AGE_SECONDS, TimeUnit.SECONDS).build());
    }

    /**
     * @return the enabled communities the current reader may view, by id, in no particular order; anyone may call it
     *         (anonymous readers see the communities whose spaces are open to anonymous users). Member counts and
     *         last activity may lag (see {@link CommunityDao#enabledSnapshot()}).
     */
    public Map<Long, Community> all() {
        List<Community> enabled = communityDao.enabledSnapshot();
        ReaderVisibility known = byReader == null ? ReaderVisibility.NONE : byReader.get(readerKey());
        Map<Long, Community> visible = new LinkedHashMap<>();
        for (Community community : enabled) {
            if (known.checked(community) ? known.visible(community) : spacePermissions.canView(community.spaceKey())) {
                visible.put(community.id(), community);
            }
        }
        return visible;
    }

    /** Forgets what every reader may see, on every node: after a change of space permissions. */
    public void forgetAll() {
        if (byReader != null) {
            byReader.removeAll();
        }
    }

    /** Forgets what that reader may see, on every node: after a change of their memberships. */
    public void forget(String userKey) {
        if (byReader != null && userKey != null) {
            byReader.remove(userKey);
        }
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

    private String readerKey() {
        return currentUser.userKey().orElse(ANONYMOUS);
    }

    /** Asks Confluence about each of the communities, for the current reader. */
    private ReaderVisibility check(List<Community> communities) {
        BitSet checked = new BitSet();
        BitSet visible = new BitSet();
        for (Community community : communities) {
            int bit = ReaderVisibility.bit(community.id());
            if (bit >= 0) {
                checked.set(bit);
                visible.set(bit, spacePermissions.canView(community.spaceKey()));
            }
        }
        return new ReaderVisibility(checked, visible);
    }

    /** What Confluence answered for one reader, by community id: which were checked, and which of them they may view. */
    record ReaderVisibility(BitSet checked, BitSet visible) implements Serializable {

        static final ReaderVisibility NONE = new ReaderVisibility(new BitSet(), new BitSet());

        /** @return whether an answer is kept for the community (else ask Confluence) */
        boolean checked(Community community) {
            int bit = bit(community.id());
            return bit >= 0 && checked.get(bit);
        }

        /** @return the answer kept for a {@link #checked} community */
        boolean visible(Community community) {
            return visible.get(bit(community.id()));
        }

        /** @return the bit of a community id, or -1 for ids a bit set cannot hold (always checked live) */
        static int bit(long communityId) {
            return communityId >= 0 && communityId < Integer.MAX_VALUE ? (int) communityId : -1;
        }
    }
}
