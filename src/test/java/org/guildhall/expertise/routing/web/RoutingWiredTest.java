package org.guildhall.expertise.routing.web;

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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Routing end to end in the workbench: people earn evidence by answering through the Q&A API, a new question is
 * routed in the background, the routing mails arrive in GreenMail (in each recipient's language, never to the asker
 * nor to someone who lost the space), and the routing REST resource answers each kind of reader as the Q&A rules say.
 * Space {@value #SPACE} is readable by the people granted one by one, so that one of them can lose the permission.
 */
public class RoutingWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "ROUTEQA";
    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    /** The routing mail's subject in English and German. */
    private static final java.util.regex.Pattern ROUTING_SUBJECT =
            java.util.regex.Pattern.compile("^(Can you answer this\\?|Können Sie das beantworten\\?) ");

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunity() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", SPACE, "Routing");
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        permissions.revoke(SPACE, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        for (String name : List.of("bob", "carol", "dave", "erin")) {
            permissions.grant(SPACE, SubjectType.USER, "wb-key-" + name, SpacePermission.READ);
        }
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + SPACE,
                toJson(Map.of("name", "Routing", "visibility", "open", "topics", List.of("ristretto"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    @Test
    public void askingAQuestion_mailsTheExpertsWhoCanSeeIt_andShowsTheRoutingOnlyToAskerAndModerators() {
        long first = ask("alice", "How short is a ristretto?", "Asking for a friend.");
        for (String name : List.of("bob", "erin", "dave")) {
            Response answered = confluence.postJson(name, QUESTIONS + "/" + first + "/answers",
                    toJson(Map.of("body", "About 15 ml, says " + name + ".")));
            assertThat(answered.body(), answered.status(), is(201));
        }
        awaitEvidence(List.of("wb-key-bob", "wb-key-erin", "wb-key-dave"));
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        permissions.revoke(SPACE, SubjectType.USER, "wb-key-dave", SpacePermission.READ);
        try {
            long question = ask("carol", "Ristretto or <b>lungo</b> for milk drinks?", "I **like** it strong.");

            // bob and erin answered, alice asked (weaker evidence); dave answered but lost the space; carol asks
            Map<String, CapturedMail> routed = awaitRoutingMails(question, 3);
            assertThat(routed.keySet(), is(Set.of("bob@example.com", "erin@example.com", "alice@example.com")));
            String questionUrl = CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/questions/" + question;
            CapturedMail toBob = routed.get("bob@example.com");
            assertThat(toBob.subject(), is("Can you answer this? Ristretto or <b>lungo</b> for milk drinks?"));
            assertThat(toBob.html(), containsString("I <strong>like</strong> it strong."));
            assertThat(toBob.html(), containsString("Ristretto or &lt;b&gt;lungo&lt;/b&gt;"));
            assertThat(toBob.html(), containsString("href=\"" + questionUrl + "#guildhall-routed\""));
            assertThat(toBob.text(), containsString("> I like it strong."));
            assertThat(toBob.text(), containsString(questionUrl + "#guildhall-routed"));
            assertThat(toBob.text(), containsString("because of your work on ristretto"));
            CapturedMail toErin = routed.get("erin@example.com");
            assertThat(toErin.subject(), containsString("Können Sie das beantworten?"));
            assertThat(toErin.html(), containsString("lang=\"de\""));

            String routing = QUESTIONS + "/" + question + "/routing";
            Response forAsker = confluence.get("carol", routing);
            assertThat(forAsker.body(), forAsker.status(), is(200));
            assertThat(forAsker.body(), containsString("wb-key-bob"));
            assertThat(forAsker.body(), not(containsString("wb-key-dave")));
            assertThat(confluence.get("alice", routing).status(), is(200));
            assertThat(confluence.get("bob", routing).status(), is(403));
            assertThat(confluence.get("dave", routing).status(), is(404));

            assertThat(confluence.get("bob", routing + "/mine").json().get("routed").asBoolean(), is(true));
            assertThat(confluence.get("carol", routing + "/mine").json().get("routed").asBoolean(), is(false));
            assertThat(confluence.get("dave", routing + "/mine").status(), is(404));
            String decline = routing + "/decline";
            Response declined = confluence.postJson("bob", decline, "{}");
            assertThat(declined.body(), declined.status(), is(200));
            assertThat(declined.json().get("declinedAt").isNull(), is(false));
            assertThat(confluence.postJson("bob", decline, "{}").status(), is(409));
            assertThat(confluence.postJson("carol", decline, "{}").status(), is(403));
            assertThat(confluence.postJson("dave", decline, "{}").status(), is(404));
            assertThat(confluence.get("carol", routing).body(), containsString("\"declinedAt\":\""));
            assertThat(confluence.get("bob", routing + "/mine").json().get("declinedAt").isNull(), is(false));
        } finally {
            permissions.grant(SPACE, SubjectType.USER, "wb-key-dave", SpacePermission.READ);
        }
    }

    @Test
    public void routingSettings_areForSystemAdministratorsAndRefuseBadValues() {
        String settings = "/rest/guildhall/1.0/admin/routing-settings";
        assertThat(confluence.get("bob", settings).status(), is(403));
        Response bad = confluence.putJson("admin", settings, toJson(Map.of("weeklyCap", 0, "escalationHours", 9999)));
        assertThat(bad.body(), bad.status(), is(400));
        assertThat(bad.body(), containsString("weeklyCap"));
        assertThat(bad.body(), containsString("escalationHours"));
        assertThat(confluence.get("admin", settings).json().get("weeklyCap").asInt(), is(5));
    }

    private long ask(String login, String title, String body) {
        Response asked = confluence.postJson(login, QUESTIONS, toJson(Map.of("community", SPACE, "title", title,
                "body", body, "topics", List.of("ristretto"))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    /** Evidence is kept in the background too: waits until the finder lists these people. */
    private void awaitEvidence(List<String> keys) {
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = confluence.get("alice", "/rest/guildhall/1.0/experts?topic=ristretto&community=" + SPACE).body();
            if (keys.stream().allMatch(body::contains)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("evidence never arrived: " + body);
    }

    private Map<String, CapturedMail> awaitRoutingMails(long question, int count) {
        WorkbenchMailServer mail = CONFLUENCE.bean(WorkbenchMailServer.class);
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        List<CapturedMail> messages = routingMails(mail, question);
        while (messages.size() < count && System.nanoTime() < deadline) {
            mail.awaitMessages(mail.messages().size() + 1, Duration.ofMillis(200));
            messages = routingMails(mail, question);
        }
        sleep(500);
        messages = routingMails(mail, question);
        assertThat("messages: " + mail.messages().stream().map(m -> m.to() + " " + m.subject()).toList(), messages.size(), is(count));
        return messages.stream().collect(Collectors.toMap(CapturedMail::to, Function.identity()));
    }

    private static List<CapturedMail> routingMails(WorkbenchMailServer mail, long question) {
        java.util.regex.Pattern about = java.util.regex.Pattern.compile("/questions/" + question + "(?![0-9])");
        return mail.messages().stream().filter(message -> about.matcher(message.text()).find()
                && ROUTING_SUBJECT.matcher(message.subject()).find()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
