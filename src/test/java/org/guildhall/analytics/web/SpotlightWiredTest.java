package org.guildhall.analytics.web;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.analytics.SpotlightSending;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/**
 * The weekly spotlight against a running workbench: who may read and name its recipients, validation that changes
 * nothing, and the mail itself — the most voted-up new posts first whoever wrote them, authors credited by name and
 * linked, in each recipient's language, once per week, and nothing for a recipient who cannot view the community.
 */
public class SpotlightWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String OPEN = "/rest/guildhall/1.0/communities/SPOTO/spotlight";
    private static final String CLOSED = "/rest/guildhall/1.0/communities/SPOTP/spotlight";

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunities() {
        // the tests send the spotlight themselves: the hourly job's first run (as soon as the app started) must not
        // send some of it in between on a slow machine
        CONFLUENCE.bean(SchedulerService.class).unscheduleJob(JobId.of("org.guildhall.analytics.spotlight"));
        confluence = CONFLUENCE.client();
        community("SPOTO", "Spotlight club", true);
        community("SPOTP", "Spotlight inner circle", false);
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        users.createGroup("spotlight-leaders");
        users.addToGroup("spotlight-leaders", "wb-key-carol");
        users.addToGroup("spotlight-leaders", "wb-key-dave");
        // only carol (and alice, its space administrator) may view the inner circle's space
        users.createGroup("inner-circle");
        users.addToGroup("inner-circle", "wb-key-carol");
        confluence.grantGroupRead("alice", "SPOTP", "inner-circle");
    }

    @Test
    public void recipientsAreForModeratorsOnly_andAnUnknownPersonOrGroupIsA400NamingItThatChangesNothing() {
        assertThat(confluence.get(null, OPEN).status(), is(401));
        assertThat(confluence.get("bob", OPEN).status(), is(403));
        assertThat(confluence.putJson("bob", OPEN, toJson(Map.of("usernames", List.of("bob")))).status(), is(403));
        assertThat(confluence.get("bob", CLOSED).status(), is(404));
        assertThat(confluence.putJson("bob", CLOSED, toJson(Map.of("usernames", List.of("bob")))).status(), is(404));

        Response saved = confluence.putJson("alice", OPEN, toJson(Map.of("usernames", List.of("erin"),
                "groups", List.of("spotlight-leaders"))));
        assertThat(saved.body(), saved.status(), is(200));
        assertThat(saved.json().at("/people/0/username").asText(), is("erin"));
        assertThat(saved.json().at("/people/0/name").asText(), is("Erin Engel"));
        assertThat(saved.json().at("/groups/0").asText(), is("spotlight-leaders"));

        Response unknownGroup = confluence.putJson("alice", OPEN, toJson(Map.of("usernames", List.of("bob"),
                "groups", List.of("no-such-group"))));
        assertThat(unknownGroup.body(), unknownGroup.status(), is(400));
        assertThat(unknownGroup.json().at("/errors/groups").isTextual(), is(true));
        Response unknownUser = confluence.putJson("alice", OPEN, toJson(Map.of("usernames", List.of("nobody-here"))));
        assertThat(unknownUser.json().at("/errors/usernames").isTextual(), is(true));
        Response unknownKey = confluence.putJson("alice", OPEN, toJson(Map.of("people", List.of("wb-key-ghost"))));
        assertThat(unknownKey.json().at("/errors/people").isTextual(), is(true));
        assertThat(confluence.putJson("alice", OPEN, "{}").status(), is(400));
        assertThat(confluence.putJson("alice", OPEN, "[]").status(), is(400));

        JsonNode unchanged = confluence.get("alice", OPEN).json();
        assertThat(unchanged.at("/people/0/userKey").asText(), is("wb-key-erin"));
        assertThat(unchanged.get("people").size(), is(1));
        assertThat(unchanged.at("/groups/0").asText(), is("spotlight-leaders"));
        assertThat(confluence.get("admin", OPEN).status(), is(200));
    }

    @Test
    public void theSpotlightRanksNewPostsByVotes_creditsTheirAuthors_andReachesOnlyThoseWhoCanViewTheCommunity()
            throws Exception {
        // the private community names dave, who cannot view its space, and alice, who administers it
        assertThat(confluence.putJson("alice", CLOSED, toJson(Map.of("usernames", List.of("dave", "alice"))))
                .status(), is(200));
        assertThat(confluence.postJson("carol", "/rest/guildhall/1.0/communities/SPOTP/members/me", "{}").status(),
                is(200));
        long closedQuestion = ask("alice", "SPOTP", "What does only the inner circle discuss?");
        vote("carol", "questions/" + closedQuestion);

        // alice owns SPOTO and answers much; the newcomer bob's question gets more votes than hers
        assertThat(confluence.putJson("alice", OPEN, toJson(Map.of("usernames", List.of("erin", "alice"),
                "groups", List.of("spotlight-leaders")))).status(), is(200));
        for (String member : List.of("bob", "carol", "dave", "erin")) {
            assertThat(confluence.postJson(member, "/rest/guildhall/1.0/communities/SPOTO/members/me", "{}")
                    .status(), is(200));
        }
        long owners = ask("alice", "SPOTO", "How does the owner brew?");
        long newcomers = ask("bob", "SPOTO", "Is a <strong> brew better?");
        long unvoted = ask("carol", "SPOTO", "Does anybody read this one?");
        vote("carol", "questions/" + owners);
        vote("carol", "questions/" + newcomers);
        vote("dave", "questions/" + newcomers);
        vote("erin", "questions/" + newcomers);
        long answer = answer("erin", newcomers, "Stronger is not better.");
        vote("bob", "answers/" + answer);

        int mailed = CONFLUENCE.bean(SpotlightSending.class).sendDue();

        // SPOTO: erin, alice, carol and dave (group); SPOTP: alice only
        assertThat(mailed, is(5));
        CapturedMail toErin = awaitOne("erin@example.com", "Spotlight club");
        assertThat(toErin.subject(), containsString("Diese Woche in Spotlight club"));
        assertThat(toErin.html(), containsString("lang=\"de\""));
        String html = toErin.html();
        assertThat(html.indexOf("Is a &lt;strong&gt; brew better?"), lessThan(html.indexOf("How does the owner brew?")));
        assertThat(html, not(containsString("Does anybody read this one?")));
        assertThat(html, containsString("Gefragt von Bob Brennan"));
        assertThat(html, containsString("Beantwortet von Erin Engel"));
        assertThat(html, containsString("/plugins/servlet/guildhall/people/wb-key-bob"));
        assertThat(html, containsString("/plugins/servlet/guildhall/questions/" + newcomers + "#answer-" + answer));
        assertThat(toErin.text(), containsString("Is a <strong> brew better? (3 Stimmen)"));
        assertThat(awaitOne("alice@example.com", "Spotlight club").subject(),
                is("This week in Spotlight club: the most valued questions and answers"));
        awaitOne("carol@example.com", "Spotlight club");
        awaitOne("dave@example.com", "Spotlight club");
        awaitOne("alice@example.com", "Spotlight inner circle");
        assertThat(spotlights("dave@example.com", "Spotlight inner circle"), is(empty()));
        assertThat(spotlights("erin@example.com", "Spotlight inner circle"), is(empty()));
        assertThat(spotlights("bob@example.com", "Spotlight"), is(empty()));
        assertThat(unvoted, not(is(0L)));

        // once per week: the next run sends nothing
        assertThat(CONFLUENCE.bean(SpotlightSending.class).sendDue(), is(0));
    }

    private static List<CapturedMail> spotlights(String to, String community) {
        return CONFLUENCE.bean(WorkbenchMailServer.class).messages().stream()
                .filter(message -> message.to().equals(to) && message.subject().contains(community)).toList();
    }

    private static CapturedMail awaitOne(String to, String community) throws InterruptedException {
        WorkbenchMailServer mail = CONFLUENCE.bean(WorkbenchMailServer.class);
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        while (spotlights(to, community).isEmpty() && System.nanoTime() < deadline) {
            mail.awaitMessages(mail.messages().size() + 1, Duration.ofMillis(200));
        }
        Thread.sleep(200);
        List<CapturedMail> found = spotlights(to, community);
        assertThat("spotlights of " + community + " to " + to, found.size(), is(1));
        return found.get(0);
    }

    private static void community(String spaceKey, String name, boolean everyoneReads) {
        confluence.createSpace("alice", spaceKey, name);
        if (!everyoneReads) {
            CONFLUENCE.bean(SpacePermissionStore.class).revoke(spaceKey, SubjectType.GROUP, UserDirectory.USERS,
                    SpacePermission.READ);
        }
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + spaceKey,
                toJson(Map.of("name", name, "visibility", "open", "topics", List.of("brewing"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    private static long ask(String user, String spaceKey, String title) {
        Response asked = confluence.postJson(user, "/rest/guildhall/1.0/questions", toJson(Map.of("community",
                spaceKey, "title", title, "body", "Asked for the spotlight test.", "topics", List.of("brewing"))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    private static long answer(String user, long questionId, String body) {
        Response answered = confluence.postJson(user, "/rest/guildhall/1.0/questions/" + questionId + "/answers",
                toJson(Map.of("body", body)));
        assertThat(answered.body(), answered.status(), is(201));
        JsonNode answers = answered.json().get("answers");
        return answers.get(answers.size() - 1).get("id").asLong();
    }

    private static void vote(String user, String post) {
        Response voted = confluence.putJson(user, "/rest/guildhall/1.0/" + post + "/vote", toJson(Map.of("value", 1)));
        assertThat(voted.body(), voted.status(), is(200));
    }
}
