package org.guildhall.workbench;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.fail;

/**
 * Two workbench nodes on one database behave as a Data Center cluster: one set of demo data, each other's writes,
 * one lock holder at a time and caches that forget what the other node changed.
 */
public class TwoNodeWorkbenchTest {

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static Workbench first;
    private static Workbench second;

    @BeforeClass
    public static void startTwoNodes() {
        Path home = HOME.getRoot().toPath();
        WorkbenchOptions nodeOne = WorkbenchOptions.forTests(home);
        first = Workbench.start(nodeOne);
        second = Workbench.start(new WorkbenchOptions(0, home, nodeOne.database(), nodeOne.postgresDatabase(), 2,
                nodeOne.basedir(), true));
    }

    @AfterClass
    public static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    public void theSecondNodeServesTheDemoDataTheFirstCreatedWithoutCreatingItAgain() {
        ConfluenceClient onSecond = new ConfluenceClient(second.baseUrl());

        ConfluenceClient.Response communities = onSecond.get("alice", "/rest/guildhall/1.0/communities?limit=100");

        assertThat(communities.status(), is(200));
        assertThat(communities.body(), containsString("\"COFFEE\""));
        assertThat(count(communities.body(), "\"spaceKey\":\"COFFEE\""), is(1));
    }

    @Test
    public void aCommunitySavedOnOneNodeIsListedOnTheOther() {
        new ConfluenceClient(first.baseUrl()).createSpace("alice", "CLUSTER", "Cluster space");
        ConfluenceClient.Response saved = new ConfluenceClient(first.baseUrl()).putJson("alice",
                "/rest/guildhall/1.0/communities/CLUSTER", toJson(Map.of("name", "Saved on node one")));
        assertThat(saved.status(), is(200));

        ConfluenceClient.Response onSecond = new ConfluenceClient(second.baseUrl())
                .get("bob", "/rest/guildhall/1.0/communities/CLUSTER");

        assertThat(onSecond.status(), is(200));
        assertThat(onSecond.json().get("name").asText(), is("Saved on node one"));
    }

    @Test
    public void aClusterLockHeldOnOneNodeCannotBeTakenOnTheOther() {
        ClusterLock onFirst = first.bean(ClusterLockService.class).getLockForName("org.guildhall.test.two-nodes");
        ClusterLock onSecond = second.bean(ClusterLockService.class).getLockForName("org.guildhall.test.two-nodes");

        assertThat(onFirst.tryLock(), is(true));
        try {
            assertThat(onSecond.tryLock(), is(false));
        } finally {
            onFirst.unlock();
        }
        assertThat(onSecond.tryLock(), is(true));
        onSecond.unlock();
    }

    @Test
    public void removingACachedValueOnOneNodeMakesTheOtherLoadItAfresh() {
        AtomicInteger version = new AtomicInteger(1);
        Cache<String, Integer> onFirst = cache(first, version);
        Cache<String, Integer> onSecond = cache(second, version);
        assertThat(onSecond.get("answer"), is(1));

        version.set(2);
        onFirst.remove("answer");

        eventually(() -> onSecond.get("answer") == 2, "node two reloads the value node one invalidated");
    }

    @Test
    public void aSpacePermissionGrantedOnOneNodeIsSeenAtOnceThereAndSoonOnTheOther() {
        ConfluenceClient onFirst = new ConfluenceClient(first.baseUrl());
        ConfluenceClient onSecond = new ConfluenceClient(second.baseUrl());
        assertThat("unknown space, remembered as such", onSecond.get("bob", "/rest/api/space/GRANTED").status(), is(404));
        first.bean(SpaceCreation.class).create("GRANTED", "Granted later", null, "wb-key-alice").orElseThrow();
        eventually(() -> onSecond.get("alice", "/rest/api/space/GRANTED").status() == 200,
                "node two sees the space node one created");
        assertThat("readable by its creator only", onSecond.get("bob", "/rest/api/space/GRANTED").status(), is(404));
        assertThat(onFirst.get("bob", "/rest/api/space/GRANTED").status(), is(404));

        ConfluenceClient.Response granted = onFirst.postJson("alice", "/rest/api/space/GRANTED/permission",
                toJson(Map.of("subject", Map.of("type", "user", "identifier", "wb-key-bob"),
                        "operation", Map.of("key", "read", "target", "space"))));

        assertThat(granted.status(), is(200));
        assertThat(onFirst.get("bob", "/rest/api/space/GRANTED").status(), is(200));
        eventually(() -> onSecond.get("bob", "/rest/api/space/GRANTED").status() == 200,
                "node two lets bob read the space once node one granted it");
    }

    @Test
    public void groupsOfAUserCreatedOnOneNodeAreSeenOnTheOther() {
        UserDirectory usersOnSecond = second.bean(UserDirectory.class);
        assertThat(usersOnSecond.groupsOf("wb-key-grace"), is(Set.of()));

        first.bean(UserDirectory.class).create(new WorkbenchUser("wb-key-grace", "grace", "Grace Hopper",
                "grace@example.com", Locale.ENGLISH), "grace", List.of(UserDirectory.USERS));

        eventually(() -> usersOnSecond.groupsOf("wb-key-grace").equals(Set.of(UserDirectory.USERS)),
                "node two reads the groups of the user node one created");
    }

    @Test
    public void aRecentlyVerifiedPasswordLetsOnlyThatPasswordIn() {
        ConfluenceClient onFirst = new ConfluenceClient(first.baseUrl());
        assertThat(onFirst.getWithPassword("carol", "carol", "/rest/api/space/COFFEE").status(), is(200));

        assertThat(onFirst.getWithPassword("carol", "carol", "/rest/api/space/COFFEE").status(), is(200));
        assertThat(onFirst.getWithPassword("carol", "carol ", "/rest/api/space/COFFEE").status(), is(401));
        assertThat(onFirst.getWithPassword("carol", "", "/rest/api/space/COFFEE").status(), is(401));
        assertThat(onFirst.getWithPassword("dave", "carol", "/rest/api/space/COFFEE").status(), is(401));
    }

    private static Cache<String, Integer> cache(Workbench node, AtomicInteger version) {
        return node.bean(CacheManager.class).getCache("org.guildhall.test.two-nodes", key -> version.get(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(10).build());
    }

    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting until " + what);
            }
        }
        fail("timed out waiting until " + what);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
