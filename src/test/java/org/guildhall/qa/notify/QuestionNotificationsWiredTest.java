package org.guildhall.qa.notify;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.guildhall.platform.AppEvents;
import org.guildhall.qa.AnswerPostedEvent;
import org.guildhall.qa.CommentPostedEvent;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.Assert.assertTrue;

/**
 * Question notifications end to end in the workbench: an event published as the Q&A service publishes it, the
 * listener, the background notifier, the app's mail through the host's mail queue stand-in, and the mail as the
 * workbench's SMTP server (GreenMail) received it.
 */
public class QuestionNotificationsWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    /** Tags the notification template writes itself; anything else in a mail came from user input. */
    private static final Set<String> TEMPLATE_TAGS = Set.of("html", "head", "meta", "title", "body", "p",
            "blockquote", "a", "hr");
    private static final Pattern TAG = Pattern.compile("<\\s*([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private WorkbenchMailServer mail;
    private QaRows rows;
    private AppEvents events;

    @Before
    public void emptyOutbox() {
        mail = CONFLUENCE.bean(WorkbenchMailServer.class);
        mail.clear();
        rows = new QaRows(CONFLUENCE.bean(ActiveObjects.class));
        events = CONFLUENCE.bean(AppEvents.class);
    }

    @Test
    public void anAnswer_mailsFollowersAndMentionedPeopleWhoMayViewTheSpace_neverTheAnswererOrOutsiders() {
        // QC is readable by alice, carol and the administrators only
        long question = rows.question("wb-key-alice", "How many qubits do I need?", "For Shor's algorithm.");
        rows.follow(question, "wb-key-alice");
        rows.follow(question, "wb-key-carol");
        rows.follow(question, "wb-key-bob");
        long answer = rows.answer(question, "wb-key-carol",
                "About 2n+3. @admin can confirm; @dave cannot see this; @nobody does not exist; thanks @alice.");

        events.publish(new AnswerPostedEvent(question, answer, "QC", "wb-key-carol", Instant.now()));

        Map<String, CapturedMail> received = awaitExactly(2);
        assertThat(received.keySet(), is(Set.of("alice@example.com", "admin@example.com")));
        String questionUrl = CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/questions/" + question;
        for (CapturedMail message : received.values()) {
            assertThat(message.subject(), is("New answer to \"How many qubits do I need?\""));
            assertThat(message.html(), notNullValue());
            assertThat(message.text(), notNullValue());
            assertThat(message.html(), containsString("Carol Castillo answered"));
            assertThat(message.html(), containsString("href=\"" + questionUrl + "\""));
            assertThat(message.text(), containsString("> About 2n+3."));
            assertThat(message.text(), containsString(questionUrl));
        }
        assertThat(received.get("alice@example.com").text(), containsString("because you follow this question"));
        assertThat(received.get("admin@example.com").text(), containsString("because Carol Castillo mentioned you"));
    }

    @Test
    public void aComment_isMailedInEachRecipientsLanguage() {
        long question = rows.question("wb-key-alice", "Light or dark roast?", "For a moka pot.");
        rows.follow(question, "wb-key-alice");
        rows.follow(question, "wb-key-erin");
        long comment = rows.comment(question, "wb-key-bob", "Medium, honestly.");

        events.publish(new CommentPostedEvent(question, comment, "COFFEE", "wb-key-bob", Instant.now()));

        Map<String, CapturedMail> received = awaitExactly(2);
        assertThat(received.get("alice@example.com").subject(), is("New comment on \"Light or dark roast?\""));
        CapturedMail german = received.get("erin@example.com");
        assertThat(german.subject(), is("Neuer Kommentar zu \u201eLight or dark roast?\u201c"));
        assertThat(german.html(), containsString("lang=\"de\""));
        assertThat(german.text(), containsString("Bob Brennan hat \u201eLight or dark roast?\u201c kommentiert"));
        assertThat(german.text(), containsString("weil Sie dieser Frage folgen"));
    }

    @Test
    public void markupInATitleOrBody_reachesTheHtmlPartAsTextOnly() {
        List<String> payloads = List.of("<script>alert('t')</script>", "<img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>", "<svg onload=alert(1)>", "\"><a href=\"javascript:x\">",
                "<style>*{display:none}</style>", "[link](javascript:alert(1))", "<a href='//evil.example'>x</a>");
        long question = rows.question("wb-key-alice", String.join(" ", payloads.subList(0, 4)), "Body");
        rows.follow(question, "wb-key-alice");
        long answer = rows.answer(question, "wb-key-bob", String.join("\n", payloads));

        events.publish(new AnswerPostedEvent(question, answer, "COFFEE", "wb-key-bob", Instant.now()));

        CapturedMail message = awaitExactly(1).get("alice@example.com");
        assertThat(tagsIn(message.html()), everyItem(is(in(TEMPLATE_TAGS))));
        Matcher hrefs = HREF.matcher(message.html());
        while (hrefs.find()) {
            assertThat(hrefs.group(1), is(CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/questions/" + question));
        }
        assertThat(message.html(), containsString("&lt;script&gt;alert("));
        assertThat(message.html().toLowerCase(Locale.ROOT), not(containsString("<script")));
    }

    @Test
    public void theOutbox_listsCapturedMailNewestFirstAndServesTheHtmlPartSandboxed() {
        long question = rows.question("wb-key-alice", "Outbox check", "Body");
        rows.follow(question, "wb-key-alice");
        long answer = rows.answer(question, "wb-key-bob", "<b>bold?</b>");
        events.publish(new AnswerPostedEvent(question, answer, "COFFEE", "wb-key-bob", Instant.now()));
        awaitExactly(1);
        int number = mail.messages().get(0).number();
        ConfluenceClient client = CONFLUENCE.client();

        ConfluenceClient.Response list = client.getHtml("bob", "/workbench/outbox");
        ConfluenceClient.Response htmlPart = client.getHtml("bob", "/workbench/outbox/" + number + "/html");
        ConfluenceClient.Response unknown = client.getHtml("bob", "/workbench/outbox/99999");

        assertThat(list.status(), is(200));
        assertThat(list.body(), containsString("New answer to &quot;Outbox check&quot;"));
        assertThat(list.body(), containsString("alice@example.com"));
        assertThat(htmlPart.status(), is(200));
        assertThat(htmlPart.header("Content-Security-Policy").orElse(""), containsString("sandbox"));
        assertThat(htmlPart.body(), containsString("&lt;b&gt;bold?&lt;/b&gt;"));
        assertThat(unknown.status(), is(404));
    }

    /** Waits for the expected number of messages, then a moment more to see that no further one follows. */
    private Map<String, CapturedMail> awaitExactly(int count) {
        assertTrue("expected " + count + " messages", mail.awaitMessages(count, WorkbenchMailServer.patience()));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<CapturedMail> messages = mail.messages();
        assertThat("messages: " + messages.stream().map(CapturedMail::to).toList(), messages.size(), is(count));
        return messages.stream().collect(Collectors.toMap(CapturedMail::to, Function.identity()));
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
