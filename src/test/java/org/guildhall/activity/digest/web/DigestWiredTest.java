package org.guildhall.activity.digest.web;

import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.activity.ActivityRecorder;
import org.guildhall.activity.digest.UnsubscribeLinks;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.cluster.DatabaseSchedulerService;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.fail;

/**
 * Digests, the Atom feed and retention against a running workbench: preferences and their validation, the preview,
 * sending through the job's own work into the workbench's mail server (in the recipient's language, HTML and text,
 * once per period, nothing for people with nothing new), the one-click unsubscribe link, and permission exactness —
 * the stream, the feed and the digest all drop an entry once its reader loses the space, the page is restricted or
 * the private community leaves them out.
 */
public class DigestWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String DIGEST = "/rest/guildhall/1.0/people/me/digest";
    private static final String ACCESS_MODE = "/rest/workbench/access-mode";
    private static final String FEED = "/rest/guildhall/1.0/activity/feed.atom";
    private static final String SEND = "/rest/guildhall/1.0/admin/digests/send";
    private static final Pattern DIGEST_SUBJECT =
            Pattern.compile("^(Your (daily|weekly) Guildhall digest|Ihre (tägliche|wöchentliche) Guildhall-Zusammenfassung)$");

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunities() {
        confluence = CONFLUENCE.client();
        community("DIGS", "Digest club", true);
    }

    @Test
    public void digestSettings_belongToTheCaller_andAnUnknownFrequencyIsA400NamingIt() {
        assertThat(confluence.get(null, DIGEST).status(), is(401));
        assertThat(confluence.get("dave", DIGEST).json().get("frequency").asText(), is("off"));

        Response bad = confluence.putJson("dave", DIGEST, toJson(Map.of("frequency", "hourly")));
        assertThat(bad.body(), bad.status(), is(400));
        assertThat(bad.json().at("/errors/frequency").isTextual(), is(true));
        assertThat(confluence.putJson("dave", DIGEST, "[]").status(), is(400));

        Response saved = confluence.putJson("dave", DIGEST, toJson(Map.of("frequency", "weekly")));
        assertThat(saved.body(), saved.status(), is(200));
        assertThat(confluence.get("dave", DIGEST).json().get("frequency").asText(), is("weekly"));
        assertThat(saved.json().get("preferencesUrl").asText(), is("/confluence/plugins/servlet/guildhall/digest"));
        assertThat(confluence.putJson("dave", DIGEST, toJson(Map.of("frequency", "off"))).status(), is(200));
    }

    @Test
    public void aFollowedTopicsQuestionIsPreviewedAndMailedOnceInTheRecipientsLanguage_andUnsubscribingTakesOneClickOutsideMaintenance() {
        assertThat(confluence.putJson("erin", "/rest/guildhall/1.0/follows/topic/latte", "{}").status(), is(200));
        assertThat(confluence.putJson("erin", DIGEST, toJson(Map.of("frequency", "daily"))).status(), is(200));
        // carol wants digests too but follows nothing and belongs to no community: nothing new, no mail
        assertThat(confluence.putJson("carol", DIGEST, toJson(Map.of("frequency", "daily"))).status(), is(200));
        ask("alice", "DIGS", "Is oat milk <good> for latte art?", "latte");

        JsonNode preview = confluence.get("erin", DIGEST + "/preview").json();
        assertThat(preview.toString(), preview.get("empty").asBoolean(), is(false));
        assertThat(titles(preview.get("activity")), hasItem("Is oat milk <good> for latte art?"));
        assertThat(confluence.get("carol", DIGEST + "/preview").json().get("empty").asBoolean(), is(true));
        Response page = confluence.getHtml("erin", "/plugins/servlet/guildhall/digest");
        assertThat(page.status(), is(200));
        if (!page.body().contains("Is oat milk &lt;good&gt; for latte art?")) {
            // seen once in CI and never reproduced: say what the server held around that moment
            fail("The digest page left out the question its preview had just shown. The preview before: " + preview
                    + "; the preview after: " + confluence.get("erin", DIGEST + "/preview").body()
                    + "; the digest job's runs: " + CONFLUENCE.bean(DatabaseSchedulerService.class)
                    .runHistory(JobId.of("org.guildhall.activity.digest"))
                    + "; digests mailed to Erin: " + digests("erin@example.com").size()
                    + "; the page's period: "
                    + page.body().replaceAll("(?s).*<p class=\"guildhall-digest-since\">(.*?)</p>.*", "$1"));
        }
        // no digest yet: the preview covers the last day, and says since when in her language
        assertCovers(page.body(), "Sie umfasst, was seit ", " geschehen ist.", preview);

        assertThat(confluence.postJson("bob", SEND, "{}").status(), is(403));
        Response sent = confluence.postJson("admin", SEND, "{}");
        assertThat(sent.body(), sent.status(), is(200));

        CapturedMail toErin = awaitDigest("erin@example.com");
        assertThat(toErin.subject(), is("Ihre tägliche Guildhall-Zusammenfassung"));
        assertThat(toErin.html(), containsString("lang=\"de\""));
        assertThat(toErin.html(), containsString("Is oat milk &lt;good&gt; for latte art?"));
        assertThat(toErin.html(), containsString("Alice Andersson"));
        assertThat(toErin.text(), containsString("Is oat milk <good> for latte art?"));
        // her first digest covers the last day, and says since when
        assertCovers(toErin.text(), "Das ist seit ", " geschehen.", preview);
        assertThat(toErin.text(), containsString(CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/digest"));
        assertThat(confluence.postJson("admin", SEND, "{}").json().get("mailed").asInt(), is(0));
        assertThat(digests("erin@example.com").size(), is(1));
        assertThat(digests("carol@example.com").size(), is(0));

        Matcher link = Pattern.compile(Pattern.quote(CONFLUENCE.baseUrl()) + "(/plugins/servlet/guildhall/digest/unsubscribe\\?\\S+)")
                .matcher(toErin.text());
        assertThat(toErin.text(), link.find(), is(true));
        String unsubscribe = link.group(1);
        Response forged = confluence.getHtml(null, unsubscribe.replace("wb-key-erin", "wb-key-carol"));
        assertThat(forged.status(), is(400));
        assertThat(forged.body(), containsString("This unsubscribe link is not valid."));
        assertThat(confluence.get("carol", DIGEST).json().get("frequency").asText(), is("daily"));
        // during maintenance the link changes nothing and says so, in her language
        assertThat(confluence.putJson("admin", ACCESS_MODE, toJson(Map.of("readOnly", true))).status(), is(200));
        try {
            Response maintenance = confluence.getHtml(null, unsubscribe);
            assertThat(maintenance.status(), is(503));
            assertThat(maintenance.body(), containsString("daher ist Ihre Zusammenfassung noch eingeschaltet"));
        } finally {
            assertThat(confluence.putJson("admin", ACCESS_MODE, toJson(Map.of("readOnly", false))).status(), is(200));
        }
        assertThat(confluence.get("erin", DIGEST).json().get("frequency").asText(), is("daily"));
        Response unsubscribed = confluence.getHtml(null, unsubscribe);
        assertThat(unsubscribed.status(), is(200));
        // Erin reads German: the page she reaches from her mail, logged in or not, speaks it
        assertThat(unsubscribed.body(), containsString("Sie erhalten keine Zusammenfassungen mehr."));
        assertThat(unsubscribed.body(), containsString("lang=\"de\""));
        assertThat(confluence.get("erin", DIGEST).json().get("frequency").asText(), is("off"));
    }

    @Test
    public void theUnsubscribePageSpeaksTheRecipientsLanguage_notTheVisitors() {
        UnsubscribeLinks links = CONFLUENCE.bean(UnsubscribeLinks.class);
        String prefix = CONFLUENCE.baseUrl();
        String erins = links.linkFor("wb-key-erin").substring(prefix.length());
        String carols = links.linkFor("wb-key-carol").substring(prefix.length());

        Response german = confluence.getHtml(null, erins);
        assertThat(german.status(), is(200));
        assertThat(german.body(), containsString("Sie erhalten keine Zusammenfassungen mehr."));
        assertThat(german.body(), containsString("Einstellungen der Zusammenfassung"));
        assertThat(german.body(), containsString("lang=\"de\""));

        // Erin (German) opens Carol's link: the page is Carol's, so English
        Response english = confluence.getHtml("erin", carols);
        assertThat(english.status(), is(200));
        assertThat(english.body(), containsString("You will get no more digest mails."));
        assertThat(english.body(), containsString("lang=\"en\""));
        assertThat(confluence.get("carol", DIGEST).json().get("frequency").asText(), is("off"));

        // A link that is not valid names nobody: the page is in the visitor's language, and nothing changes
        Response forged = confluence.getHtml("erin", carols.replace("wb-key-carol", "wb-key-dave"));
        assertThat(forged.status(), is(400));
        assertThat(forged.body(), containsString("Dieser Abbestell-Link ist ungültig."));
    }

    @Test
    public void anEntryLeavesStreamFeedAndDigest_onceThePageIsRestricted_orTheReaderLosesTheSpace() {
        community("DIGV", "Vanishing digest club", false);
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        // A new space is readable by every user; here Dave alone may read it (besides its creator), until he may not.
        permissions.revoke("DIGV", SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.grant("DIGV", SubjectType.USER, "wb-key-dave", SpacePermission.READ);
        permissions.forgetCached();
        assertThat(confluence.putJson("dave", "/rest/guildhall/1.0/follows/community/DIGV", "{}").status(), is(200));
        ask("alice", "DIGV", "Will Dave still see this question?", "tea");
        String pageId = confluence.createPage("alice", "DIGV", "Dave's briefing", "<p>For Dave.</p>");
        awaitRecorded();
        List<String> both = List.of("Will Dave still see this question?", "Dave's briefing");
        for (String title : both) {
            seenEverywhere("dave", title, true);
        }

        CONFLUENCE.bean(PageStore.class).restrictViewing(Long.parseLong(pageId), List.of("wb-key-alice"));
        seenEverywhere("dave", "Dave's briefing", false);
        seenEverywhere("dave", "Will Dave still see this question?", true);

        permissions.revoke("DIGV", SubjectType.USER, "wb-key-dave", SpacePermission.READ);
        permissions.forgetCached();
        seenEverywhere("dave", "Will Dave still see this question?", false);
    }

    @Test
    public void aPrivateCommunitysEntriesReachOnlyItsMembers_inStreamFeedAndDigest() {
        community("DIGP", "Private digest club", true);
        assertThat(confluence.postJson("bob", "/rest/guildhall/1.0/communities/DIGP/members/me", "{}").status(),
                is(200));
        String token = confluence.get("alice", "/rest/guildhall/1.0/communities/DIGP/privacy-plan").json()
                .get("token").asText();
        Response made = confluence.putJson("alice", "/rest/guildhall/1.0/communities/DIGP", toJson(Map.of(
                "name", "Private digest club", "visibility", "private", "confirmPlan", token)));
        assertThat(made.body(), made.status(), is(200));
        for (String user : List.of("bob", "carol")) {
            assertThat(confluence.putJson(user, "/rest/guildhall/1.0/follows/topic/cortado", "{}").status(), is(200));
        }
        ask("alice", "DIGP", "What do only private members read about cortado?", "cortado");

        seenEverywhere("bob", "What do only private members read about cortado?", true);
        seenEverywhere("carol", "What do only private members read about cortado?", false);
    }

    @Test
    public void theFeedIsValidAtomWithEscapedText_forLoggedInReadersAlsoThroughHttpBasic() throws Exception {
        ask("alice", "DIGS", "Does <b>crema</b> & foam matter?", "espresso");

        Response feed = confluence.getWithPassword("bob", "bob", FEED + "?community=DIGS&limit=5");
        assertThat(feed.body(), feed.status(), is(200));
        assertThat(feed.contentType(), startsWith("application/atom+xml"));
        assertThat(feed.body(), containsString("Does &lt;b&gt;crema&lt;/b&gt; &amp; foam matter?"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                feed.body().getBytes(StandardCharsets.UTF_8)));
        Element root = atom.getDocumentElement();
        assertThat(root.getLocalName(), is("feed"));
        assertThat(root.getNamespaceURI(), is("http://www.w3.org/2005/Atom"));
        for (String required : List.of("id", "title", "updated")) {
            assertThat(required, root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength() > 0,
                    is(true));
        }
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        Element first = (Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent(),
                is("Alice Andersson asked Does <b>crema</b> & foam matter?"));
        assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0).getAttributes()
                .getNamedItem("href").getNodeValue(), startsWith(CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/questions/"));

        Response anonymous = confluence.getWithoutAccept(null, FEED);
        assertThat(anonymous.status(), is(401));
        assertThat(confluence.getWithPassword("bob", "bob", FEED + "?kind=teleported").status(), is(400));
        // the person page shows the person's stream, which links to its feed
        Response person = confluence.getHtml("bob", "/plugins/servlet/guildhall/people/wb-key-alice");
        assertThat(person.body(), containsString("Does &lt;b&gt;crema&lt;/b&gt; &amp; foam matter?"));
        assertThat(person.body(), containsString("/rest/guildhall/1.0/activity/feed.atom?user=wb-key-alice"));
    }

    @Test
    public void retention_isForSystemAdministrators_andAtLeastThirtyDays() {
        String retention = "/rest/guildhall/1.0/admin/activity/retention";
        assertThat(confluence.get(null, retention).status(), is(401));
        assertThat(confluence.get("bob", retention).status(), is(403));
        assertThat(confluence.get("admin", retention).json().get("days").asInt(), is(730));

        Response bad = confluence.putJson("admin", retention, toJson(Map.of("days", 10)));
        assertThat(bad.body(), bad.status(), is(400));
        assertThat(bad.json().at("/errors/days").isTextual(), is(true));
        assertThat(confluence.putJson("admin", retention, toJson(Map.of("days", 365))).status(), is(200));
        assertThat(confluence.get("admin", retention).json().get("days").asInt(), is(365));
        assertThat(confluence.putJson("bob", retention, toJson(Map.of("days", 400))).status(), is(403));
    }

    /** The titles the reader sees in their "Following" stream, their feed of it and their digest preview. */
    private static List<List<String>> everywhere(String user) {
        List<String> stream = titles(confluence.get(user, "/rest/guildhall/1.0/activity?following=true&limit=50")
                .json().get("entries"));
        Response feed = confluence.getWithPassword(user, user, FEED + "?following=true&limit=50");
        assertThat(feed.body(), feed.status(), is(200));
        List<String> feedTitles = new ArrayList<>();
        Matcher title = Pattern.compile("<entry><id>[^<]*</id><title>[^<]*? (?:asked|created|erstellt|gefragt) ([^<]*)</title>")
                .matcher(feed.body().replace("&apos;", "'").replace("&#39;", "'"));
        while (title.find()) {
            feedTitles.add(title.group(1));
        }
        JsonNode preview = confluence.get(user, DIGEST + "/preview").json();
        List<String> digest = titles(preview.get("activity"));
        return List.of(stream, feedTitles, digest);
    }

    /** Asserts that the title is in (or missing from) the reader's stream, feed and digest alike. */
    private static void seenEverywhere(String user, String title, boolean seen) {
        List<List<String>> lists = everywhere(user);
        List<String> where = List.of("stream", "feed", "digest");
        for (int i = 0; i < lists.size(); i++) {
            assertThat(user + "'s " + where.get(i) + ": " + lists.get(i), lists.get(i).contains(title), is(seen));
        }
    }

    /** Asserts that the text says, between the two phrases, since when the preview covers what happened. */
    private static void assertCovers(String text, String before, String after, JsonNode preview) {
        Matcher covers = Pattern.compile(Pattern.quote(before) + "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) UTC"
                + Pattern.quote(after)).matcher(text);
        assertThat(text, covers.find(), is(true));
        Instant said = LocalDateTime.parse(covers.group(1).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        // the preview and the text were made moments apart, and the text gives minutes
        assertThat(Duration.between(said, Instant.parse(preview.get("since").asText())).abs().toMinutes(),
                lessThanOrEqualTo(1L));
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static List<CapturedMail> digests(String to) {
        return CONFLUENCE.bean(WorkbenchMailServer.class).messages().stream()
                .filter(message -> message.to().equals(to) && DIGEST_SUBJECT.matcher(message.subject()).find())
                .toList();
    }

    private static CapturedMail awaitDigest(String to) {
        WorkbenchMailServer mail = CONFLUENCE.bean(WorkbenchMailServer.class);
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        while (digests(to).isEmpty() && System.nanoTime() < deadline) {
            mail.awaitMessages(mail.messages().size() + 1, Duration.ofMillis(200));
        }
        List<CapturedMail> found = digests(to);
        assertThat("digests to " + to, found.size(), is(1));
        return found.get(0);
    }

    private static void community(String spaceKey, String name, boolean everyoneReads) {
        confluence.createSpace("alice", spaceKey, name);
        if (everyoneReads) {
            confluence.grantGroupRead("alice", spaceKey, UserDirectory.USERS);
        }
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + spaceKey,
                toJson(Map.of("name", name, "visibility", "open", "topics",
                        List.of("latte", "tea", "espresso", "cortado"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    private static void ask(String user, String spaceKey, String title, String topic) {
        Response asked = confluence.postJson(user, "/rest/guildhall/1.0/questions", toJson(Map.of("community",
                spaceKey, "title", title, "body", "Asked for the digest test.", "topics", List.of(topic))));
        assertThat(asked.body(), asked.status(), is(201));
        awaitRecorded();
    }

    private static void awaitRecorded() {
        assertThat(CONFLUENCE.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20)), is(true));
    }
}
