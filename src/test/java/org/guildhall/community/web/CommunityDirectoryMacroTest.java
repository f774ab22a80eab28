package org.guildhall.community.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * {@code guildhall-community-directory} rendered in pages, as Confluence renders it: through the storage format,
 * Velocity with Confluence's HTML escaping, for each reader and output type.
 */
public class CommunityDirectoryMacroTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String DIRECTORY = "<ac:structured-macro ac:name=\"guildhall-community-directory\"/>";
    private static String directoryPage;
    private final ConfluenceClient confluence = CONFLUENCE.client();

    @BeforeClass
    public static void createPages() {
        ConfluenceClient admin = CONFLUENCE.client();
        admin.createSpace("admin", "MACRO", "Macro tests");
        Response saved = admin.putJson("admin", "/rest/guildhall/1.0/communities/MACRO",
                toJson(Map.of("name", "<script>alert('name')</script> & \"friends\"", "description", "<img src=x onerror=alert(1)>")));
        assertThat(saved.body(), saved.status(), is(200));
        directoryPage = admin.createPage("admin", "MACRO", "Directory", "<p>Our communities</p>" + DIRECTORY);
    }

    @Test
    public void showsACardForEachCommunityTheReaderMayView() {
        String bobsView = confluence.renderedView("bob", directoryPage);
        String alicesView = confluence.renderedView("alice", directoryPage);

        assertThat(bobsView, containsString("href=\"/confluence/display/COFFEE\""));
        assertThat(bobsView, containsString("href=\"/confluence/display/AI\""));
        assertThat(bobsView, not(containsString("/display/QC\"")));
        assertThat(alicesView, containsString("href=\"/confluence/display/QC\""));
    }

    @Test
    public void escapesWhatSpaceAdminsTyped() {
        String view = confluence.renderedView("bob", directoryPage);

        assertThat(view, not(containsString("<script>alert('name')")));
        assertThat(view, not(containsString("<img src=x")));
        assertThat(view, containsString("&lt;script&gt;"));
        assertThat(view, containsString("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    public void showsMemberCountsAndVisibilityInTheReadersLanguage() {
        // the space admin who turned the space into a community is its first owner, so it starts with one member
        assertThat(confluence.renderedView("bob", directoryPage), containsString("1 member"));
        assertThat(confluence.renderedView("erin", directoryPage), containsString("1 Mitglied"));
        assertThat(confluence.renderedView("erin", directoryPage), containsString("Offen"));
    }

    @Test
    public void offersMoreWhenThereAreMoreCommunitiesThanTheLimit() {
        String page = confluence.createPage("admin", "MACRO", "One at a time",
                "<ac:structured-macro ac:name=\"guildhall-community-directory\"><ac:parameter ac:name=\"limit\">1</ac:parameter></ac:structured-macro>");

        String view = confluence.renderedView("bob", page);

        assertThat(count(view, "class=\"guildhall-card\""), is(1));
        assertThat(view, containsString("guildhall-directory-more"));
        assertThat(view, containsString("data-next-cursor=\""));
    }

    @Test
    public void reportsAnInvalidLimitInsteadOfRenderingSomethingElse() {
        String page = confluence.createPage("admin", "MACRO", "Bad limit",
                "<ac:structured-macro ac:name=\"guildhall-community-directory\"><ac:parameter ac:name=\"limit\">many</ac:parameter></ac:structured-macro>");

        String view = confluence.renderedView("bob", page);

        assertThat(view, containsString("must be from 1 to 100, not &quot;many&quot;"));
        assertThat(view, not(containsString("guildhall-card")));
    }

    @Test
    public void rendersSelfContainedMarkupWithAbsoluteLinksForEmail() {
        Response email = confluence.getHtml("bob", "/rest/workbench/render?pageId=" + directoryPage + "&outputType=email");

        assertThat(email.status(), is(200));
        assertThat(email.body(), containsString(CONFLUENCE.baseUrl() + "/display/COFFEE"));
        assertThat(email.body(), not(containsString("<button")));
        assertThat(email.body(), not(containsString("/display/QC")));
    }

    @Test
    public void startsFromTheSearchInItsParametersAndShowsItInTheFilterBar() {
        String page = confluence.createPage("admin", "MACRO", "Espresso by size", macro(Map.of(
                "topic", "Espresso", "query", "coffee", "sort", "size")));

        String view = confluence.renderedView("bob", page);

        assertThat(view, containsString("data-space-key=\"COFFEE\""));
        assertThat(view, not(containsString("data-space-key=\"AI\"")));
        assertThat(view, containsString("data-topic=\"espresso\""));
        assertThat(view, containsString("data-sort=\"size\""));
        assertThat(view, containsString("value=\"coffee\""));
        assertThat(view, containsString("<option value=\"size\" selected=\"selected\">Most members</option>"));
        assertThat(view, containsString("role=\"search\""));
    }

    @Test
    public void showsEachCommunitysTopicsAsLozenges() {
        String view = confluence.renderedView("bob", directoryPage);

        assertThat(view, containsString("<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-complete\">espresso</span>"));
        assertThat(view, containsString("aria-label=\"Topics\""));
    }

    @Test
    public void labelsEveryFilterFieldInTheReadersLanguage() {
        String view = confluence.renderedView("erin", directoryPage);

        assertThat(view, containsString(">Suche</label>"));
        assertThat(view, containsString(">Thema</label>"));
        assertThat(view, containsString(">Sortieren nach</label>"));
        assertThat(view, containsString(">Zuletzt aktiv</option>"));
    }

    @Test
    public void escapesTheSearchTextItWasGiven() {
        String page = confluence.createPage("admin", "MACRO", "Hostile query",
                macro(Map.of("query", "\"><script>alert(1)</script>")));

        String view = confluence.renderedView("bob", page);

        assertThat(view, not(containsString("<script>alert(1)")));
        assertThat(view, containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void reportsAnInvalidTopicOrSortInsteadOfRenderingSomethingElse() {
        String badTopic = confluence.createPage("admin", "MACRO", "Bad topic",
                macro(Map.of("topic", "<b>bold</b>")));
        String badSort = confluence.createPage("admin", "MACRO", "Bad sort", macro(Map.of("sort", "popularity")));

        String topicView = confluence.renderedView("bob", badTopic);
        String sortView = confluence.renderedView("bob", badSort);

        assertThat(topicView, containsString("A topic is 1 to 40 letters"));
        assertThat(topicView, not(containsString("<b>bold</b>")));
        assertThat(topicView, not(containsString("guildhall-card")));
        assertThat(sortView, containsString("Sort must be name, size or activity."));
    }

    @Test
    public void saysNothingMatchesWhenTheStartingSearchFindsNothing() {
        String page = confluence.createPage("admin", "MACRO", "No match", macro(Map.of("query", "no such community")));

        String view = confluence.renderedView("bob", page);

        assertThat(view, containsString("No communities match this search."));
        assertThat(view, not(containsString("No communities yet")));
    }

    @Test
    public void rendersTopicsButNoFilterBarForEmail() {
        Response email = confluence.getHtml("bob", "/rest/workbench/render?pageId=" + directoryPage + "&outputType=email");

        assertThat(email.body(), containsString("Topics: espresso, brewing, beans"));
        assertThat(email.body(), not(containsString("<form")));
        assertThat(email.body(), not(containsString("<input")));
    }

    private static String macro(Map<String, String> parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"guildhall-community-directory\">");
        parameters.forEach((name, value) -> storage.append("<ac:parameter ac:name=\"").append(name).append("\">")
                .append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"))
                .append("</ac:parameter>"));
        return storage.append("</ac:structured-macro>").toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
