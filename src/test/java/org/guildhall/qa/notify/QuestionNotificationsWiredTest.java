package org.guildhall.qa.notify;

import org.guildhall.qa.PostRendererTest;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Question notifications end to end in the workbench, driven through the Q&A REST API as people use it: the Q&A
 * services publish their events after commit, the listener hands them to the background notifier, the app's mail goes
 * through the host's mail queue stand-in, and the mail is read as the workbench's SMTP server (GreenMail) received it.
 * Space {@value #SPACE} is readable by the people granted one by one, so that one of them can lose the permission.
 */
public class QuestionNotificationsWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "NOTIFYQA";
    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    private static final String ANSWERS = "/rest/guildhall/1.0/answers";
    /** Tags the notification template writes itself, and those PostRenderer lets through into the excerpt. */
    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "meta", "title", "body", "p",
            "blockquote", "a", "hr", "br", "em", "strong", "b", "i", "u", "del", "s", "code", "pre", "ul", "ol", "li",
            "img", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td");
    private static final Pattern TAG = Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9]*)");

    /** The subject of a routing mail, in English and German (guildhall.routing.mail.subject). */
    private static final Pattern ROUTING_MAIL = Pattern.compile("^(Can you answer this\\?|Können Sie das beantworten\\?) ");
    private static ConfluenceClient confluence;
    private WorkbenchMailServer mail;

    @BeforeClass
    public static void setUpCommunity() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", SPACE, "Notifications");
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        permissions.revoke(SPACE, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        for (String name : List.of("bob", "carol", "dave", "erin")) {
            permissions.grant(SPACE, SubjectType.USER, "wb-key-" + name, SpacePermission.READ);
        }
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + SPACE,
                toJson(Map.of("name", "Notifications", "visibility", "open", "topics", List.of("espresso"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    @Before
    public void emptyOutbox() {
        mail = CONFLUENCE.bean(WorkbenchMailServer.class);
        mail.clear();
    }

    @Test
    public void askAnswerAccept_mailsFollowersAndMentionedPeople_neverTheActorNorAFollowerWhoLostTheSpace() {
        // alice asks: she follows her question, nobody else does yet — no mail
        long question = ask("alice", "How fine should I grind for a moka pot?", "I get **bitter** coffee.");
        for (String name : List.of("dave", "erin")) {
            assertThat(confluence.putJson(name, QUESTIONS + "/" + question + "/follow", "{}").status(), is(200));
        }
        CONFLUENCE.bean(SpacePermissionStore.class).revoke(SPACE, SubjectType.USER, "wb-key-dave",
                SpacePermission.READ);
        try {
            // bob answers mentioning carol: alice and erin follow, carol is mentioned; bob acted, dave lost the space
            Response answered = confluence.postJson("bob", QUESTIONS + "/" + question + "/answers",
                    toJson(Map.of("body", "Grind *finer* than for filter. @carol knows more; @nobody does not exist.")));
            assertThat(answered.body(), answered.status(), is(201));
            long answer = answered.json().at("/answers/0/id").asLong();

            Map<String, CapturedMail> onAnswer = awaitExactly(question, 3);
            assertThat(onAnswer.keySet(), is(Set.of("alice@example.com", "erin@example.com", "carol@example.com")));
            String questionUrl = CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/questions/" + question;
            CapturedMail toAlice = onAnswer.get("alice@example.com");
            assertThat(toAlice.subject(), is("New answer to \"How fine should I grind for a moka pot?\""));
            assertThat(toAlice.html(), containsString("Bob Brennan answered"));
            assertThat(toAlice.html(), containsString("Grind <em>finer</em> than for filter."));
            assertThat(toAlice.html(), containsString("href=\"" + questionUrl + "\""));
            assertThat(toAlice.text(), containsString("> Grind finer than for filter. @carol knows more"));
            assertThat(toAlice.text(), not(containsString("*finer*")));
            assertThat(toAlice.text(), containsString(questionUrl));
            assertThat(toAlice.text(), containsString("because you follow this question"));
            assertThat(onAnswer.get("carol@example.com").text(), containsString("because Bob Brennan mentioned you"));
            CapturedMail german = onAnswer.get("erin@example.com");
            assertThat(german.subject(), is("Neue Antwort auf \u201eHow fine should I grind for a moka pot?\u201c"));
            assertThat(german.html(), containsString("lang=\"de\""));
            assertThat(german.text(), containsString("weil Sie dieser Frage folgen"));

            // alice accepts: bob now follows (he answered), erin follows; alice acted, carol was only mentioned
            mail.clear();
            assertThat(confluence.putJson("alice", ANSWERS + "/" + answer + "/accept", "{}").status(), is(200));
            Map<String, CapturedMail> onAccept = awaitExactly(question, 2);
            assertThat(onAccept.keySet(), is(Set.of("bob@example.com", "erin@example.com")));
            assertThat(onAccept.get("bob@example.com").subject(),
                    is("Answer accepted: \"How fine should I grind for a moka pot?\""));
            assertThat(onAccept.get("bob@example.com").text(), containsString("Alice Andersson accepted an answer"));

            // withdrawing the acceptance is not news
            mail.clear();
            assertThat(confluence.delete("alice", ANSWERS + "/" + answer + "/accept").status(), is(200));
            awaitExactly(question, 0);
        } finally {
            CONFLUENCE.bean(SpacePermissionStore.class).grant(SPACE, SubjectType.USER, "wb-key-dave",
                    SpacePermission.READ);
        }
    }

    @Test
    public void aComment_isMailedToTheQuestionsFollowersButNotToItsAuthor() {
        long question = ask("alice", "Light or dark roast for a moka pot?", "For a moka pot.");
        assertThat(confluence.putJson("erin", QUESTIONS + "/" + question + "/follow", "{}").status(), is(200));

        Response commented = confluence.postJson("erin", QUESTIONS + "/" + question + "/comments",
                toJson(Map.of("body", "Medium, ehrlich gesagt.")));
        assertThat(commented.body(), commented.status(), is(201));

        Map<String, CapturedMail> received = awaitExactly(question, 1);
        assertThat(received.get("alice@example.com").subject(), is("New comment on \"Light or dark roast for a moka pot?\""));
        assertThat(received.get("alice@example.com").text(), containsString("Erin Engel commented on"));
    }

    @Test
    public void markupInATitleOrBody_reachesTheHtmlPartSanitisedAndTheTextPartAsText() {
        List<String> payloads = List.of("<script>alert('t')</script>", "<img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>", "<svg onload=alert(1)>", "\"><a href=\"javascript:x\">",
                "<style>*{display:none}</style>", "[link](javascript:alert(1))", "<a href='//evil.example'>x</a>");
        long question = ask("alice", "Payloads " + String.join(" ", payloads.subList(0, 4)), "Body");

        assertThat(confluence.postJson("bob", QUESTIONS + "/" + question + "/answers",
                toJson(Map.of("body", String.join("\n\n", payloads)))).status(), is(201));

        CapturedMail message = awaitExactly(question, 1).get("alice@example.com");
        assertThat(message.html(), notNullValue());
        assertThat(tagsIn(message.html()), everyItem(is(in(ALLOWED_TAGS))));
        String html = message.html();
        String excerpt = html.substring(html.indexOf("<blockquote"), html.indexOf("</blockquote>"));
        assertThat(PostRendererTest.executableParts(excerpt.substring(excerpt.indexOf('>') + 1)), is(empty()));
        assertThat(excerpt, containsString("<a href=\"//evil.example\""));
        assertThat(message.text(), containsString("> link"));
        assertThat(message.text(), containsString("> x"));
        assertThat(message.html(), containsString("&lt;script&gt;alert("));
    }

    @Test
    public void theOutbox_listsCapturedMailNewestFirstAndServesTheHtmlPartSandboxed() {
        long question = ask("alice", "Outbox check for the moka pot", "Body");
        assertThat(confluence.postJson("bob", QUESTIONS + "/" + question + "/answers",
                toJson(Map.of("body", "<b>bold?</b>"))).status(), is(201));
        awaitExactly(question, 1);
        int number = mail.messages().get(0).number();

        Response list = confluence.getHtml("bob", "/workbench/outbox");
        Response htmlPart = confluence.getHtml("bob", "/workbench/outbox/" + number + "/html");
        Response unknown = confluence.getHtml("bob", "/workbench/outbox/99999");

        assertThat(list.status(), is(200));
        assertThat(list.body(), containsString("New answer to &quot;Outbox check for the moka pot&quot;"));
        assertThat(list.body(), containsString("alice@example.com"));
        assertThat(htmlPart.status(), is(200));
        assertThat(htmlPart.header("Content-Security-Policy").orElse(""), containsString("sandbox"));
        assertThat(htmlPart.body(), containsString("<b>bold?</b>"));
        assertThat(unknown.status(), is(404));
    }

    private long ask(String login, String title, String body) {
        Response asked = confluence.postJson(login, QUESTIONS, toJson(Map.of("community", SPACE, "title", title,
                "body", body, "topics", List.of("espresso"))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    /**
     * Waits for the expected number of messages about this question, then a moment more to see that no further one
     * follows. Messages about other tests' questions are left out: the mail queue is asynchronous, so one of them may
     * still arrive after this test emptied the outbox.
     */
    private Map<String, CapturedMail> awaitExactly(long question, int count) {
        Pattern aboutQuestion = Pattern.compile("/questions/" + question + "(?![0-9])");
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        List<CapturedMail> messages = about(aboutQuestion);
        while (messages.size() < count && System.nanoTime() < deadline) {
            mail.awaitMessages(mail.messages().size() + 1, Duration.ofMillis(200));
            messages = about(aboutQuestion);
        }
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        messages = about(aboutQuestion);
        assertThat("messages: " + messages.stream().map(message -> message.to() + ": " + message.subject()).toList(),
                messages.size(), is(count));
        return messages.stream().collect(Collectors.toMap(CapturedMail::to, Function.identity()));
    }

    /** Routing mails (expertise routing asks experts about new questions) are not question notifications. */
    private List<CapturedMail> about(Pattern question) {
        return mail.messages().stream().filter(message -> question.matcher(message.text()).find())
                .filter(message -> !ROUTING_MAIL.matcher(message.subject()).find()).toList();
    }

    private static Set<String> tagsIn(String html) {
        Set<String> tags = new TreeSet<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            tags.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }
}
