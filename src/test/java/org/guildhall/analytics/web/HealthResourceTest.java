package org.guildhall.analytics.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/** Community health through the REST API of a running workbench: figures, who may read them, bad input, CSV. */
public class HealthResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String HEALTH = "/rest/guildhall/1.0/communities/HEALTHY/health";
    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunities() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", "HEALTHY", "Healthy");
        confluence.grantGroupRead("alice", "HEALTHY", "confluence-users");
        expect(200, confluence.putJson("alice", "/rest/guildhall/1.0/communities/HEALTHY",
                toJson(Map.of("name", "Healthy", "visibility", "open", "topics", List.of("espresso")))));
        // a private community bob is not a member of
        confluence.createSpace("alice", "HIDDENH", "Hidden health");
        String hidden = "/rest/guildhall/1.0/communities/HIDDENH";
        expect(200, confluence.putJson("alice", hidden, toJson(Map.of("name", "Hidden health", "visibility", "open"))));
        String token = confluence.get("alice", hidden + "/privacy-plan").json().get("token").asText();
        expect(200, confluence.putJson("alice", hidden, toJson(Map.of("name", "Hidden health",
                "visibility", "private", "confirmPlan", token))));

        Response asked = confluence.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of(
                "community", "HEALTHY", "title", "How long should espresso extract?", "body", "text",
                "topics", List.of("espresso"))));
        expect(201, asked);
        long id = asked.json().get("id").asLong();
        expect(201, confluence.postJson("bob", "/rest/guildhall/1.0/questions/" + id + "/answers",
                toJson(Map.of("body", "About 25 to 30 seconds."))));
    }

    @Test
    public void aSpaceAdmin_seesEveryFigureWithItsPreviousValue() {
        Response health = confluence.get("alice", HEALTH);

        expect(200, health);
        JsonNode json = health.json();
        assertThat(json.at("/community/spaceKey").asText(), is("HEALTHY"));
        assertThat(json.at("/period/days").asInt(), is(28));
        assertThat(figure(json, "questions-asked").get("value").asInt(), is(1));
        assertThat(figure(json, "questions-asked").get("previous").asInt(), is(0));
        assertThat(figure(json, "questions-asked").get("trend").asText(), is("up"));
        assertThat(figure(json, "answered").get("value").asDouble(), is(1.0));
        assertThat(figure(json, "active-members").get("value").asInt(), is(2));
        assertThat(json.get("figures").size(), is(16));
        assertThat(json.get("weeks").size(), is(4));
        assertThat(json.at("/mostAnswers/0/name").asText(), is("Bob Brennan"));
        assertThat(json.at("/mostAnswers/0/answers").asInt(), is(1));
    }

    @Test
    public void onlyModerators_seeACommunitysHealth_andOutsidersDoNotLearnItExists() {
        expect(403, confluence.get("bob", HEALTH));
        expect(401, confluence.get(null, HEALTH));
        expect(200, confluence.get("admin", HEALTH));
        expect(404, confluence.get("bob", "/rest/guildhall/1.0/communities/HIDDENH/health"));
        expect(200, confluence.get("alice", "/rest/guildhall/1.0/communities/HIDDENH/health"));
        expect(404, confluence.get("alice", "/rest/guildhall/1.0/communities/NOSUCH/health"));
    }

    @Test
    public void badInput_isA400NamingTheField() {
        assertField(confluence.get("alice", HEALTH + "?from=2026-13-01"), "from");
        assertField(confluence.get("alice", HEALTH + "?to=yesterday"), "to");
        assertField(confluence.get("alice", HEALTH + "?from=2026-03-10&to=2026-03-01"), "from");
        assertField(confluence.get("alice", HEALTH + "?from=2024-01-01&to=2026-01-01"), "from");
        assertField(confluence.get("alice", HEALTH + "?days=many"), "days");
        assertField(confluence.get("alice", HEALTH + "?days=0"), "days");
        assertField(confluence.get("admin", "/rest/guildhall/1.0/health?sort=colour"), "sort");
        assertField(confluence.get("admin", "/rest/guildhall/1.0/health?order=up"), "order");
    }

    @Test
    public void siteWide_isForAdministrators_sortableAndExportedAsCsv() {
        expect(403, confluence.get("alice", "/rest/guildhall/1.0/health"));
        expect(403, confluence.getWithoutAccept("alice", "/rest/guildhall/1.0/health.csv"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Response site = confluence.get("admin", "/rest/guildhall/1.0/health?sort=questions-asked&order=desc&to="
                + LocalDate.parse(today).plusDays(1));
        expect(200, site);
        JsonNode rows = site.json().get("communities");
        double before = Double.MAX_VALUE;
        boolean found = false;
        for (JsonNode row : rows) {
            double asked = figure(row, "questions-asked").get("value").asDouble();
            assertThat("sorted by questions asked, most first", asked <= before, is(true));
            before = asked;
            found |= row.at("/community/spaceKey").asText().equals("HEALTHY");
        }
        assertThat(found, is(true));

        Response csv = confluence.getWithoutAccept("admin", "/rest/guildhall/1.0/health.csv");
        expect(200, csv);
        assertThat(csv.contentType(), startsWith("text/csv"));
        assertThat(csv.body(), startsWith("space-key,name,active-members,active-members-previous,"));
        assertThat(csv.body(), containsString("\r\nHEALTHY,Healthy,2,0,"));
    }

    @Test
    public void healthPage_showsFiguresChartsWithDataTablesAndPngs_onlyToModerators() {
        String page = "/plugins/servlet/guildhall/communities/HEALTHY/health";
        Response html = confluence.getHtml("alice", page);

        expect(200, html);
        assertThat(html.body(), containsString("role=\"img\""));
        assertThat(html.body(), containsString("<title id=\"guildhall-health-activity-title\">Active members per week"));
        assertThat(html.body(), containsString("class=\"aui guildhall-chart-data\""));
        assertThat(html.body(), containsString("<h2 id=\"guildhall-health-activity-heading\">"));
        assertThat(html.body(), containsString("Bob Brennan"));
        expect(403, confluence.getHtml("bob", page));
        expect(404, confluence.getHtml("bob", "/plugins/servlet/guildhall/communities/HIDDENH/health"));
        expect(400, confluence.getHtml("alice", page + "?from=nonsense"));
        assertThat(confluence.getHtml("erin", "/plugins/servlet/guildhall/communities/HIDDENH/health").status(),
                is(404));

        Response png = confluence.getHtml("alice", page + "/activity.png");
        expect(200, png);
        assertThat(png.contentType(), is("image/png"));
        expect(403, confluence.getHtml("bob", page + "/answers.png"));
    }

    @Test
    public void siteHealthPage_isForAdministrators_withSortLinksAndCsvExport() {
        Response html = confluence.getHtml("admin", "/plugins/servlet/guildhall/admin/health?sort=questions-asked");

        expect(200, html);
        assertThat(html.body(), containsString(">Healthy</a>"));
        assertThat(html.body(), containsString("/rest/guildhall/1.0/health.csv?from="));
        assertThat(html.body(), containsString("aria-sort=\"ascending\""));
        expect(403, confluence.getHtml("alice", "/plugins/servlet/guildhall/admin/health"));
    }

    @Test
    public void macro_showsHeadlineFiguresAndCharts_toModerators_pngInEmail_andANoteToOthers() {
        String page = confluence.createPage("alice", "HEALTHY", "Health report",
                "<ac:structured-macro ac:name=\"guildhall-community-health\"/>");

        String view = confluence.renderedView("alice", page);
        assertThat(view, containsString("Health of Healthy"));
        assertThat(view, containsString("data-figure=\"questions-asked\""));
        assertThat(view, containsString("role=\"img\""));
        assertThat(confluence.renderedView("bob", page),
                containsString("Community health is not available to you here."));

        Response email = confluence.getHtml("alice", "/rest/workbench/render?pageId=" + page + "&outputType=email");
        expect(200, email);
        assertThat(email.body(), containsString("<img src=\"" + CONFLUENCE.baseUrl()
                + "/plugins/servlet/guildhall/communities/HEALTHY/health/activity.png?from="));
        assertThat(email.body().contains("<svg"), is(false));
    }

    private static JsonNode figure(JsonNode json, String key) {
        for (JsonNode figure : json.get("figures")) {
            if (figure.get("key").asText().equals(key)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + key + " in " + json);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.body(), response.status(), is(400));
        assertThat(response.body(), response.json().at("/errors/" + field).isMissingNode(), is(false));
    }

    private static void expect(int status, Response response) {
        assertThat(response.body(), response.status(), is(status));
    }
}
