package org.guildhall.activity.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.activity.ActivityRecorder;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.host.WorkbenchEventPublisher;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The activity stream against a running workbench: Guildhall's and Confluence's events recorded through the event
 * publisher, {@code GET /activity} filtered for each reader (space permission, private communities, restricted
 * pages), bad input, and follows.
 */
public class ActivityResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String ACTIVITY = "/rest/guildhall/1.0/activity";
    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunities() {
        confluence = CONFLUENCE.client();
        community("ACTS", "Activity club", true);
        confluence.createSpace("alice", "ACTNONE", "Not a community");
        confluence.grantGroupRead("alice", "ACTNONE", UserDirectory.USERS);
    }

    @Test
    public void aQuestionAskedAppearsWithWhoWhatWhereAndWhen() {
        long id = ask("alice", "ACTS", "How long should a pour-over bloom?", "espresso");

        JsonNode entry = entries("bob", "?community=ACTS&kind=question-asked").get(0);

        assertThat(entry.get("kind").asText(), is("question-asked"));
        assertThat(entry.get("summary").asText(), is("Alice Andersson asked"));
        assertThat(entry.get("title").asText(), is("How long should a pour-over bloom?"));
        assertThat(entry.get("url").asText(), is("/confluence/plugins/servlet/guildhall/questions/" + id));
        assertThat(entry.get("communityName").asText(), is("Activity club"));
        assertThat(entry.get("excerpt").asText(), is("Asked in a test: what does the stream show?"));
        assertThat(entry.get("relativeTime").asText(), is("just now"));
        assertThat(entry.get("exactTime").asText(), containsString("UTC"));
    }

    @Test
    public void confluencePagesAndCommentsInCommunitySpacesAreRecorded_andOthersAreNot() {
        String pageId = confluence.createPage("alice", "ACTS", "Brewing guide", "<p>Grind, then pour.</p>");
        Response commented = confluence.postJson("bob", "/rest/api/content", toJson(Map.of("type", "comment",
                "container", Map.of("id", pageId, "type", "page"),
                "body", Map.of("storage", Map.of("value", "<p>Which <b>grinder</b>?</p>", "representation",
                        "storage")))));
        assertThat(commented.body(), commented.status(), is(200));
        Response updated = confluence.putJson("alice", "/rest/api/content/" + pageId, toJson(Map.of("type", "page",
                "title", "Brewing guide", "version", Map.of("number", 2),
                "body", Map.of("storage", Map.of("value", "<p>Grind finer.</p>", "representation", "storage")))));
        assertThat(updated.body(), updated.status(), is(200));
        confluence.createPage("alice", "ACTNONE", "Elsewhere", "<p>Not in a community.</p>");
        awaitRecorded();

        JsonNode entries = entries("carol", "?kind=page-created,page-updated,page-commented");
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add(entry.get("summary").asText() + " " + entry.get("title").asText()));

        assertThat(lines.subList(0, 3), is(List.of("Alice Andersson updated Brewing guide",
                "Bob Brennan commented on Brewing guide", "Alice Andersson created Brewing guide")));
        assertThat(entries.get(1).get("excerpt").asText(), is("Which grinder?"));
        assertThat(lines, not(hasItem("Alice Andersson created Elsewhere")));
    }

    @Test
    public void blogPostsLikesAndNewMembersAreRecorded_butMinorEditsAreNot() {
        String pageId = confluence.createPage("alice", "ACTS", "Liked guide", "<p>Worth a like.</p>");
        WorkbenchEventPublisher events = CONFLUENCE.bean(WorkbenchEventPublisher.class);
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        BlogPost post = new BlogPost();
        post.setId(Long.parseLong(pageId));
        post.setTitle("Our first cupping");
        post.setSpace(new Space("ACTS"));
        post.setCreator(users.byKey("wb-key-carol").orElseThrow());
        events.publish(new BlogPostCreateEvent(this, post, false));
        Page liked = new Page();
        liked.setId(Long.parseLong(pageId));
        liked.setTitle("Liked guide");
        liked.setSpace(new Space("ACTS"));
        events.publish(new LikeCreatedEvent(this, liked, users.byKey("wb-key-erin").orElseThrow()));
        Page minor = new Page();
        minor.setId(Long.parseLong(pageId));
        minor.setTitle("Liked guide (typo fixed)");
        minor.setSpace(new Space("ACTS"));
        minor.setLastModifier(users.byKey("wb-key-alice").orElseThrow());
        events.publish(new PageUpdateEvent(this, minor, true));
        assertThat(confluence.postJson("dave", "/rest/guildhall/1.0/communities/ACTS/members/me", "{}").status(),
                is(200));
        awaitRecorded();

        List<String> lines = new ArrayList<>();
        entries("bob", "?community=ACTS&limit=4").forEach(entry -> lines.add(entry.get("summary").asText() + " "
                + entry.get("title").asText()));

        assertThat(lines.subList(0, 3), is(List.of("Dave Dubois joined Activity club",
                "Erin Engel liked Liked guide", "Carol Castillo blogged Our first cupping")));
        assertThat(lines, not(hasItem("Alice Andersson updated Liked guide (typo fixed)")));
    }

    @Test
    public void anEntryDisappearsOnceTheReaderLosesViewPermissionOnTheSpace() {
        community("ACTV", "Vanishing club", false);
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        // An open community lets every user read its space; here Bob alone may, until he may not.
        permissions.revoke("ACTV", SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.grant("ACTV", SubjectType.USER, "wb-key-bob", SpacePermission.READ);
        ask("alice", "ACTV", "Will this question vanish for Bob?", "tea");
        assertThat(titles("bob", "?community=ACTV"), is(List.of("Will this question vanish for Bob?")));

        permissions.revoke("ACTV", SubjectType.USER, "wb-key-bob", SpacePermission.READ);
        permissions.forgetCached();

        assertThat(titles("bob", "?community=ACTV"), is(List.of()));
        assertThat(titles("bob", ""), not(hasItem("Will this question vanish for Bob?")));
        assertThat(titles("alice", "?community=ACTV"), is(List.of("Will this question vanish for Bob?")));
    }

    @Test
    public void entriesOfAPrivateCommunityAreSeenByItsMembersOnly() {
        community("ACTP", "Secret club", true);
        assertThat(confluence.postJson("bob", "/rest/guildhall/1.0/communities/ACTP/members/me", "{}").status(),
                is(200));
        String token = confluence.get("alice", "/rest/guildhall/1.0/communities/ACTP/privacy-plan").json()
                .get("token").asText();
        Response made = confluence.putJson("alice", "/rest/guildhall/1.0/communities/ACTP", toJson(Map.of(
                "name", "Secret club", "visibility", "private", "confirmPlan", token)));
        assertThat(made.body(), made.status(), is(200));
        ask("alice", "ACTP", "What do only members get to read?", "tea");

        assertThat(titles("bob", "?community=ACTP&kind=question-asked"),
                is(List.of("What do only members get to read?")));
        assertThat(titles("carol", "?community=ACTP"), is(List.of()));
        assertThat(titles("carol", "?kind=question-asked"), not(hasItem("What do only members get to read?")));
    }

    @Test
    public void entriesAboutAPageDisappearForReadersItIsRestrictedFrom() {
        String pageId = confluence.createPage("alice", "ACTS", "Roadmap draft", "<p>Secret plans.</p>");
        confluence.postJson("alice", "/rest/api/content", toJson(Map.of("type", "comment",
                "container", Map.of("id", pageId, "type", "page"),
                "body", Map.of("storage", Map.of("value", "<p>Note to self</p>", "representation", "storage")))));
        awaitRecorded();
        assertThat(titles("bob", "?community=ACTS&kind=page-created,page-commented"), hasItem("Roadmap draft"));

        CONFLUENCE.bean(PageStore.class).restrictViewing(Long.parseLong(pageId), List.of("wb-key-alice"));

        assertThat(titles("bob", "?community=ACTS&kind=page-created,page-commented"), not(hasItem("Roadmap draft")));
        assertThat(titles("alice", "?community=ACTS&kind=page-created,page-commented").subList(0, 2),
                is(List.of("Roadmap draft", "Roadmap draft")));
    }

    @Test
    public void badInputIsA400NamingTheParameter() {
        ask("alice", "ACTS", "Which cursor will be tampered with?", "tea");
        ask("alice", "ACTS", "And which one comes after it?", "tea");
        String cursor = confluence.get("bob", ACTIVITY + "?limit=1").json().get("nextCursor").asText();
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                raw.replaceFirst(":(\\d+):", ":1:").getBytes(StandardCharsets.UTF_8));

        assertRefused(ACTIVITY + "?kind=question-asked,teleported", "kind");
        assertRefused(ACTIVITY + "?limit=51", "limit");
        assertRefused(ACTIVITY + "?limit=many", "limit");
        assertRefused(ACTIVITY + "?limit=1&cursor=" + tampered, "cursor");
        assertRefused(ACTIVITY + "?limit=1&kind=page-created&cursor=" + cursor, "cursor");
        assertRefused(ACTIVITY + "?following=perhaps", "following");
        assertRefused(ACTIVITY + "?topic=%3Cb%3E", "topic");
        assertThat(confluence.get("bob", ACTIVITY + "?limit=1&cursor=" + cursor).status(), is(200));
    }

    @Test
    public void followingATopicShowsItsQuestionsInTheFollowingStream() {
        Response followed = confluence.putJson("dave", "/rest/guildhall/1.0/follows/topic/Espresso", "{}");
        assertThat(followed.body(), followed.status(), is(200));
        assertThat(followed.json().get("id").asText(), is("espresso"));
        ask("alice", "ACTS", "Is a double espresso twice as strong?", "espresso");
        ask("alice", "ACTS", "Does green tea need cooler water?", "tea");

        List<String> following = titles("dave", "?following=true");
        JsonNode follows = confluence.get("dave", "/rest/guildhall/1.0/follows").json();

        assertThat(following, hasItem("Is a double espresso twice as strong?"));
        assertThat(following, not(hasItem("Does green tea need cooler water?")));
        assertThat(follows.get(0).get("type").asText() + ":" + follows.get(0).get("id").asText(), is("topic:espresso"));

        assertThat(confluence.delete("dave", "/rest/guildhall/1.0/follows/topic/espresso").status(), is(204));
        assertThat(titles("dave", "?following=true"), not(hasItem("Is a double espresso twice as strong?")));
    }

    @Test
    public void followsAreCheckedAndNeedALoggedInCaller() {
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/follows/planet/mars", "{}").json()
                .at("/errors/type").isTextual(), is(true));
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/follows/question/abc", "{}").json()
                .at("/errors/id").isTextual(), is(true));
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/follows/community/NOSUCH", "{}").status(), is(404));
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/follows/person/wb-key-nobody", "{}").status(),
                is(404));
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/follows/person/wb-key-erin", "{}").status(),
                is(200));
        assertThat(confluence.get(null, "/rest/guildhall/1.0/follows").status(), is(401));
    }

    private static void assertRefused(String path, String field) {
        Response response = confluence.get("bob", path);
        assertThat(path, response.status(), is(400));
        assertThat(response.body(), response.json().at("/errors/" + field).isTextual(), is(true));
    }

    private static void community(String spaceKey, String name, boolean everyoneReads) {
        confluence.createSpace("alice", spaceKey, name);
        if (everyoneReads) {
            confluence.grantGroupRead("alice", spaceKey, UserDirectory.USERS);
        }
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + spaceKey,
                toJson(Map.of("name", name, "visibility", "open", "topics", List.of("espresso", "tea"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    private static long ask(String user, String spaceKey, String title, String topic) {
        Response asked = confluence.postJson(user, "/rest/guildhall/1.0/questions", toJson(Map.of("community",
                spaceKey, "title", title, "body", "Asked in a **test**: what does the stream show?",
                "topics", List.of(topic))));
        assertThat(asked.body(), asked.status(), is(201));
        awaitRecorded();
        return asked.json().get("id").asLong();
    }

    private static void awaitRecorded() {
        assertThat(CONFLUENCE.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20)), is(true));
    }

    private static JsonNode entries(String user, String query) {
        Response response = confluence.get(user, ACTIVITY + query);
        assertThat(response.body(), response.status(), is(200));
        return response.json().get("entries");
    }

    private static List<String> titles(String user, String query) {
        List<String> titles = new ArrayList<>();
        entries(user, query).forEach(entry -> titles.add(entry.get("title").asText()));
        return titles;
    }
}
