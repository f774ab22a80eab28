package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.guildhall.testing.ConfluenceClient.encode;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/**
 * Topics, search and sorting of {@code /rest/guildhall/1.0/communities} over HTTP, against the workbench with its
 * demo data (COFFEE and AI visible to all; QC only to admin, alice and carol).
 */
public class CommunitySearchResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();
    private static final String COMMUNITIES = "/rest/guildhall/1.0/communities";
    private static final AtomicInteger SPACES = new AtomicInteger();

    private final ConfluenceClient confluence = CONFLUENCE.client();

    @BeforeClass
    public static void createSearchableCommunities() {
        ConfluenceClient admin = CONFLUENCE.client();
        admin.createSpace("admin", "SRCHA", "Search A");
        admin.createSpace("admin", "SRCHB", "Search B");
        save(admin, "SRCHA", Map.of("name", "Zebra 100% club", "description", "Stripes_and_more",
                "topics", List.of("zebras", "stripes")));
        save(admin, "SRCHB", Map.of("name", "Zebra 100 club", "description", "Stripes and more",
                "topics", List.of("zebras")));
    }

    @Test
    public void put_savesNormalisedTopicsAndGetShowsThem() {
        String key = newSpace();

        Response saved = confluence.putJson("alice", COMMUNITIES + "/" + key,
                toJson(Map.of("name", "Roasters", "topics", List.of(" Espresso ", "Cold Brew", "espresso"))));

        assertThat(saved.body(), saved.status(), is(200));
        assertThat(strings(saved.json().get("topics")), contains("espresso", "cold-brew"));
        assertThat(strings(confluence.get("bob", COMMUNITIES + "/" + key).json().get("topics")),
                contains("espresso", "cold-brew"));
    }

    @Test
    public void put_withoutTopicsKeepsThemAndAnEmptyListRemovesThem() {
        String key = newSpace();
        save(confluence, key, Map.of("name", "Roasters", "topics", List.of("espresso")));

        Response kept = confluence.putJson("alice", COMMUNITIES + "/" + key, toJson(Map.of("name", "Roasters 2")));
        Response cleared = confluence.putJson("alice", COMMUNITIES + "/" + key,
                toJson(Map.of("name", "Roasters 3", "topics", List.of())));

        assertThat(strings(kept.json().get("topics")), contains("espresso"));
        assertThat(cleared.json().get("topics").size(), is(0));
    }

    @Test
    public void put_rejectsBadTopicsNamingTheFieldAndChangesNothing() {
        String key = newSpace();
        save(confluence, key, Map.of("name", "Before", "topics", List.of("espresso")));

        Response invalid = confluence.putJson("alice", COMMUNITIES + "/" + key,
                toJson(Map.of("name", "After", "topics", List.of("fine", "<script>"))));
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("topic-" + i);
        }
        Response tooMany = confluence.putJson("alice", COMMUNITIES + "/" + key,
                toJson(Map.of("name", "After", "topics", eleven)));
        Response wrongType = confluence.putJson("alice", COMMUNITIES + "/" + key,
                "{\"name\": \"After\", \"topics\": {\"a\": 1}}");

        assertThat(invalid.status(), is(400));
        assertThat(invalid.json().at("/errors/topics").asText(), containsString("1 to 40"));
        assertThat(tooMany.status(), is(400));
        assertThat(tooMany.json().at("/errors/topics").asText(), containsString("at most 10"));
        assertThat(wrongType.status(), is(400));
        assertThat(wrongType.json().get("errors").has("topics"), is(true));
        JsonNode unchanged = confluence.get("alice", COMMUNITIES + "/" + key).json();
        assertThat(unchanged.get("name").asText(), is("Before"));
        assertThat(strings(unchanged.get("topics")), contains("espresso"));
    }

    @Test
    public void list_filtersByTopic() {
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?topic=stripes")), contains("SRCHA"));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?topic=Zebras")), contains("SRCHB", "SRCHA"));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?topic=espresso")), hasItem("COFFEE"));
    }

    @Test
    public void list_searchesNameAndDescriptionTakingWildcardsLiterally() {
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?query=" + encode("100%"))), contains("SRCHA"));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?query=" + encode("s_a"))), contains("SRCHA"));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?query=STRIPES")), contains("SRCHB", "SRCHA"));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?query=" + encode("' OR 1=1 --"))).size(), is(0));
    }

    @Test
    public void list_searchNeverRevealsCommunitiesTheReaderMayNotSee() {
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?query=quantum")), not(hasItem("QC")));
        assertThat(spaceKeys(confluence.get("bob", COMMUNITIES + "?topic=qubits")), not(hasItem("QC")));
        assertThat(spaceKeys(confluence.get("alice", COMMUNITIES + "?query=quantum")), hasItem("QC"));
    }

    @Test
    public void list_pagesEachSortWithItsOwnCursorsExactlyOnce() {
        for (String sort : new String[]{"name", "size", "activity"}) {
            List<String> all = spaceKeys(confluence.get("admin", COMMUNITIES + "?limit=100&sort=" + sort));
            List<String> paged = new ArrayList<>();
            String path = COMMUNITIES + "?limit=2&sort=" + sort;
            while (true) {
                Response page = confluence.get("admin", path);
                paged.addAll(spaceKeys(page));
                JsonNode next = page.json().get("nextCursor");
                if (next.isNull()) {
                    break;
                }
                path = COMMUNITIES + "?limit=2&sort=" + sort + "&cursor=" + encode(next.asText());
            }
            assertThat(sort, paged, is(all));
        }
    }

    @Test
    public void list_refusesACursorOfAnotherSortOrQueryNamingTheCursor() {
        String cursor = confluence.get("admin", COMMUNITIES + "?limit=1&sort=name").json().get("nextCursor").asText();

        Response otherSort = confluence.get("admin", COMMUNITIES + "?limit=1&sort=size&cursor=" + encode(cursor));
        Response otherQuery = confluence.get("admin", COMMUNITIES + "?limit=1&query=zebra&cursor=" + encode(cursor));

        assertThat(otherSort.status(), is(400));
        assertThat(otherSort.json().at("/errors/cursor").asText(), containsString("another search or sort"));
        assertThat(otherQuery.status(), is(400));
        assertThat(otherQuery.json().get("errors").has("cursor"), is(true));
    }

    @Test
    public void list_rejectsAnUnknownSortAndABadTopicNamingTheField() {
        Response sort = confluence.get("bob", COMMUNITIES + "?sort=popularity");
        Response topic = confluence.get("bob", COMMUNITIES + "?topic=" + encode("no/such"));

        assertThat(sort.status(), is(400));
        assertThat(sort.json().at("/errors/sort").asText(), containsString("name, size or activity"));
        assertThat(topic.status(), is(400));
        assertThat(topic.json().get("errors").has("topic"), is(true));
    }

    @Test
    public void list_rejectsSearchTextLongerThanTwoHundredCharacters() {
        Response tooLong = confluence.get("bob", COMMUNITIES + "?query=" + "q".repeat(201));
        Response tenKilobytes = confluence.get("bob", COMMUNITIES + "?query=" + "q".repeat(10_240));

        assertThat(tooLong.status(), is(400));
        assertThat(tooLong.json().at("/errors/query").asText(), containsString("200"));
        // The web server may refuse a URL that long before the app sees it; either way it is a client error.
        assertThat(tenKilobytes.status(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
    }

    @Test
    public void list_sortsBySizeAndActivity() {
        List<String> bySize = spaceKeys(confluence.get("admin", COMMUNITIES + "?limit=100&sort=size"));
        List<String> byActivity = spaceKeys(confluence.get("admin", COMMUNITIES + "?limit=100&sort=activity"));
        String newest = newSpace();
        save(confluence, newest, Map.of("name", "Brand new"));

        assertThat(bySize.size(), is(byActivity.size()));
        assertThat(spaceKeys(confluence.get("admin", COMMUNITIES + "?limit=1&sort=activity")), contains(newest));
    }

    private static void save(ConfluenceClient client, String key, Map<String, Object> settings) {
        String user = key.startsWith("SRCH") ? "admin" : "alice";
        Response saved = client.putJson(user, COMMUNITIES + "/" + key, toJson(new HashMap<>(settings)));
        assertThat(saved.body(), saved.status(), is(200));
    }

    private String newSpace() {
        String key = "S" + SPACES.incrementAndGet() + "TOPIC";
        confluence.createSpace("alice", key, "Topic space " + key);
        return key;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> spaceKeys(Response page) {
        assertThat(page.body(), page.status(), is(200));
        List<String> keys = new ArrayList<>();
        page.json().get("results").forEach(community -> keys.add(community.get("spaceKey").asText()));
        return keys;
    }
}
