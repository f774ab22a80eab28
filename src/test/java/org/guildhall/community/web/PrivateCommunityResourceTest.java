package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.community.MembersGroup;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Private communities over HTTP against the workbench. Each test gets a fresh space of alice's that everybody
 * (confluence-users), anonymous visitors and bob personally may view; alice founded its community and carol joined
 * it, so both are members.
 */
public class PrivateCommunityResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();
    private static final AtomicInteger SPACES = new AtomicInteger();

    private final ConfluenceClient confluence = CONFLUENCE.client();
    private String key;
    private String base;

    @Before
    public void aCommunityEverybodyMayView() {
        key = "PRV" + SPACES.incrementAndGet();
        base = "/rest/guildhall/1.0/communities/" + key;
        confluence.createSpace("alice", key, "Private test " + key);
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        permissions.grant(key, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.grant(key, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.CREATE);
        permissions.grant(key, SubjectType.ANONYMOUS, null, SpacePermission.READ);
        permissions.grant(key, SubjectType.USER, "wb-key-bob", SpacePermission.READ);
        expect(200, confluence.putJson("alice", base, "{\"name\":\"Secret society\",\"visibility\":\"open\"}"));
        expect(200, confluence.postJson("carol", base + "/members/me", "{}"));
    }

    @Test
    public void aReaderWhoLosesViewPermission_losesTheCommunityAtOnce_althoughTheirAnswersWereJustCached() {
        String topic = "visibility-" + key.toLowerCase(java.util.Locale.ROOT);
        expect(200, confluence.putJson("alice", base, toJson(Map.of("name", "Secret society", "visibility", "open",
                "topics", List.of(topic)))));
        expect(200, confluence.get("bob", "/rest/guildhall/1.0/topics/" + topic));

        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        permissions.revoke(key, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.revoke(key, SubjectType.ANONYMOUS, null, SpacePermission.READ);
        permissions.revoke(key, SubjectType.USER, "wb-key-bob", SpacePermission.READ);

        expect(404, confluence.get("bob", "/rest/guildhall/1.0/topics/" + topic));
        permissions.grant(key, SubjectType.USER, "wb-key-bob", SpacePermission.READ);
        expect(200, confluence.get("bob", "/rest/guildhall/1.0/topics/" + topic));
    }

    @Test
    public void preview_listsExactlyTheBroaderViewGrantsAndTheMembersAndChangesNothing() {
        Response plan = confluence.get("alice", base + "/privacy-plan");

        assertThat(plan.body(), plan.status(), is(200));
        JsonNode json = plan.json();
        assertThat(json.get("group").asText(), is(MembersGroup.nameFor(key)));
        assertThat(json.get("createGroup").asBoolean(), is(true));
        assertThat(texts(json.get("membersToAdd"), "userKey"), containsInAnyOrder("wb-key-alice", "wb-key-carol"));
        assertThat(grants(json.get("grantsToAdd")), containsInAnyOrder(
                "group " + MembersGroup.nameFor(key) + " view", "group " + MembersGroup.nameFor(key) + " comment"));
        assertThat(grants(json.get("grantsToRemove")), containsInAnyOrder(
                "group confluence-users view", "user wb-key-bob view", "anonymous  view"));
        assertThat(confluence.get("bob", base).status(), is(200));
        assertThat(confluence.get("alice", base).json().get("visibility").asText(), is("open"));
    }

    @Test
    public void preview_withContributeAccessAlsoGrantsAddingPages() {
        Response plan = confluence.get("alice", base + "/privacy-plan?memberAccess=contribute");

        assertThat(grants(plan.json().get("grantsToAdd")), hasItem("group " + MembersGroup.nameFor(key) + " add-pages"));
        assertThat(confluence.get("alice", base + "/privacy-plan?memberAccess=everything").status(), is(400));
    }

    @Test
    public void preview_isForSpaceAdminsOnly() {
        assertThat(confluence.get("bob", base + "/privacy-plan").status(), is(403));
        assertThat(confluence.get(null, base + "/privacy-plan").status(), is(401));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/NOPE/privacy-plan").status(), is(404));
    }

    @Test
    public void makePrivate_withoutOrWithAStaleTokenIsRefusedAndChangesNothing() {
        String token = confluence.get("alice", base + "/privacy-plan").json().get("token").asText();
        expect(200, confluence.postJson("dave", base + "/members/me", "{}"));

        Response missing = confluence.putJson("alice", base, privateBody(null));
        Response stale = confluence.putJson("alice", base, privateBody(token));

        assertThat(missing.status(), is(400));
        assertThat(missing.json().has("plan"), is(true));
        assertThat(stale.body(), stale.status(), is(409));
        assertThat(stale.json().at("/errors/confirmPlan").asText(), not(""));
        assertThat(texts(stale.json().at("/plan/membersToAdd"), "userKey"), hasItem("wb-key-dave"));
        assertThat(confluence.get("alice", base).json().get("visibility").asText(), is("open"));
        assertThat(confluence.get("bob", base).status(), is(200));
        assertThat(CONFLUENCE.bean(UserDirectory.class).groupExists(MembersGroup.nameFor(key)), is(false));
    }

    @Test
    public void makePrivate_hidesTheCommunityAndItsSpaceFromNonMembersAndKeepsMembersIn() {
        makePrivate();

        assertThat(confluence.get("bob", base).status(), is(404));
        assertThat(confluence.get("bob", base + "/members").status(), is(404));
        assertThat(spaceKeys(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=100")), not(hasItem(key)));
        assertThat(confluence.getHtml("bob", "/display/" + key).status(), anyOf(is(403), is(404)));
        assertThat(confluence.get("carol", base).status(), is(200));
        assertThat(confluence.get("alice", base).json().get("visibility").asText(), is("private"));
        assertThat(spaceKeys(confluence.get("carol", "/rest/guildhall/1.0/communities?limit=100")), hasItem(key));
        assertThat(confluence.getHtml("carol", "/display/" + key).status(), is(200));
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        assertThat(users.groupsOf("wb-key-carol"), hasItem(MembersGroup.nameFor(key)));
        assertThat(confluence.get("alice", base + "/privacy-plan").json().get("changesNothing").asBoolean(), is(true));
    }

    @Test
    public void membershipChangesOfAPrivateCommunityKeepTheGroupInStep() {
        makePrivate();
        String group = MembersGroup.nameFor(key);
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);

        assertThat(confluence.get("dave", base).status(), is(404));
        expect(200, confluence.postJson("alice", base + "/invitations", toJson(Map.of("userKey", "wb-key-dave"))));
        expect(200, confluence.postJson("dave", base + "/members/me", "{}"));
        assertThat(users.groupsOf("wb-key-dave"), hasItem(group));
        assertThat(confluence.getHtml("dave", "/display/" + key).status(), is(200));

        expect(200, confluence.delete("alice", base + "/members/wb-key-carol"));
        assertThat(users.groupsOf("wb-key-carol"), not(hasItem(group)));
        assertThat(confluence.get("carol", base).status(), is(404));

        expect(200, confluence.delete("dave", base + "/members/me"));
        assertThat(users.groupsOf("wb-key-dave"), not(hasItem(group)));
    }

    @Test
    public void switchingBackToOpenReGrantsNothing() {
        makePrivate();

        expect(200, confluence.putJson("alice", base, "{\"name\":\"Secret society\",\"visibility\":\"open\"}"));

        assertThat(confluence.get("alice", base).json().get("visibility").asText(), is("open"));
        assertThat(confluence.get("bob", base).status(), is(404));
        assertThat(confluence.get("carol", base).status(), is(200));
    }

    private void makePrivate() {
        String token = confluence.get("alice", base + "/privacy-plan").json().get("token").asText();
        expect(200, confluence.putJson("alice", base, privateBody(token)));
    }

    private static String privateBody(String token) {
        return token == null
                ? "{\"name\":\"Secret society\",\"visibility\":\"private\"}"
                : toJson(Map.of("name", "Secret society", "visibility", "private", "confirmPlan", token));
    }

    private static void expect(int status, Response response) {
        assertThat(response.body(), response.status(), is(status));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static List<String> grants(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(grant -> values.add(grant.get("subject").asText() + " " + grant.get("name").asText() + " "
                + grant.get("access").asText()));
        return values;
    }

    private static List<String> spaceKeys(Response page) {
        assertThat(page.body(), page.status(), is(200));
        List<String> keys = new ArrayList<>();
        page.json().get("results").forEach(community -> keys.add(community.get("spaceKey").asText()));
        return keys;
    }
}
