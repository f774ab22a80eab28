package org.guildhall.workbench.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

@RunWith(Parameterized.class)
public class DatabaseInvalidatedCacheManagerTest {

    private static final String CACHE = "org.guildhall.confluence.test-cache";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final CacheSettings REPLICATED_BY_INVALIDATION =
            new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(100).build();

    @Rule
    public final TwoNodeCluster cluster;

    /** Stands for the rows the cached values are read from; both nodes' loaders read it. */
    private final Map<String, String> database = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final CacheLoader<String, String> loader = key -> {
        loads.incrementAndGet();
        return database.getOrDefault(key, "none");
    };

    public DatabaseInvalidatedCacheManagerTest(String databaseKind) {
        cluster = new TwoNodeCluster(databaseKind);
    }

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return SharedDatabase.kinds();
    }

    @Test
    public void removalOnOneNodeInvalidatesTheOtherNodesCopy() {
        Cache<String, String> onA = cacheOn(cluster.nodeA(), REPLICATED_BY_INVALIDATION);
        Cache<String, String> onB = cacheOn(cluster.nodeB(), REPLICATED_BY_INVALIDATION);
        database.put("space", "Old name");
        assertThat(onA.get("space"), is("Old name"));
        assertThat(onB.get("space"), is("Old name"));

        database.put("space", "New name");
        onA.remove("space");

        assertThat(onA.get("space"), is("New name"));
        Eventually.within(WAIT, "node B reloads the renamed space", () -> onB.get("space").equals("New name"));
    }

    @Test
    public void removeAllOnOneNodeClearsTheOtherNode() {
        Cache<String, String> onA = cacheOn(cluster.nodeA(), REPLICATED_BY_INVALIDATION);
        Cache<String, String> onB = cacheOn(cluster.nodeB(), REPLICATED_BY_INVALIDATION);
        onB.get("one");
        onB.get("two");

        onA.removeAll();

        Eventually.within(WAIT, "node B dropped every entry", () -> onB.getKeys().isEmpty());
    }

    @Test
    public void putOnOneNodeInvalidatesTheOtherNodesCopyButKeepsItsOwn() {
        Cache<String, String> onA = cacheOn(cluster.nodeA(), REPLICATED_BY_INVALIDATION);
        Cache<String, String> onB = cacheOn(cluster.nodeB(), REPLICATED_BY_INVALIDATION);
        assertThat(onB.get("member"), is("none"));

        database.put("member", "moderator");
        onA.put("member", "moderator");

        Eventually.within(WAIT, "node B reloads the member", () -> onB.get("member").equals("moderator"));
        int loadsSoFar = loads.get();
        assertThat(onA.get("member"), is("moderator"));
        assertThat("node A kept the value it put", loads.get(), is(loadsSoFar));
    }

    @Test
    public void maxEntriesBoundsTheCacheToTheMostRecentlyUsed() {
        Cache<String, String> onA = cacheOn(cluster.nodeA(), new CacheSettingsBuilder().remote().maxEntries(3).build());

        for (String key : List.of("a", "b", "c", "d", "e")) {
            onA.get(key);
        }

        assertThat(onA.getKeys(), containsInAnyOrder("c", "d", "e"));
    }

    @Test
    public void entriesExpireAfterWrite() {
        Cache<String, String> onA = cacheOn(cluster.nodeA(),
                new CacheSettingsBuilder().remote().expireAfterWrite(100, TimeUnit.MILLISECONDS).build());
        onA.get("digest");
        int loadsAfterFirstGet = loads.get();

        Eventually.within(WAIT, "the entry expired and was loaded again", () -> {
            onA.get("digest");
            return loads.get() > loadsAfterFirstGet;
        });
    }

    @Test
    public void localCacheChangesStayOnTheirNode() throws Exception {
        CacheSettings local = new CacheSettingsBuilder().local().build();
        Cache<String, String> onA = cacheOn(cluster.nodeA(), local);
        Cache<String, String> onB = cacheOn(cluster.nodeB(), local);
        onB.get("theme");
        int loadsBefore = loads.get();

        onA.remove("theme");
        Thread.sleep(300);

        assertThat(onB.getKeys(), containsInAnyOrder("theme"));
        onB.get("theme");
        assertThat(loads.get(), is(loadsBefore));
    }

    @Test
    public void sameNameGivesTheSameCache() {
        Cache<String, String> first = cacheOn(cluster.nodeA(), REPLICATED_BY_INVALIDATION);
        Cache<String, String> second = cacheOn(cluster.nodeA(), REPLICATED_BY_INVALIDATION);

        assertThat(second == first, is(true));
    }

    private Cache<String, String> cacheOn(ClusterServices node, CacheSettings settings) {
        return node.cacheManager().getCache(CACHE, loader, settings);
    }
}
