package org.guildhall.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Confluence's read-only (maintenance) mode, switched by the workbench's system administrator: a write of every
 * feature is refused with 503 and a clear message and changes nothing; reads keep working; pages hide write actions
 * and say why.
 */
public class ReadOnlyModeWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String ACCESS_MODE = "/rest/workbench/access-mode";
    private final ConfluenceClient confluence = CONFLUENCE.client();
    private long question;

    @Before
    public void readOnly() {
        question = confluence.get("alice", "/rest/guildhall/1.0/questions?community=COFFEE&limit=1").json()
                .path("results").get(0).path("id").asLong();
        assertThat(confluence.putJson("alice", ACCESS_MODE, toJson(Map.of("readOnly", true))).status(), is(403));
        assertThat(confluence.putJson("admin", ACCESS_MODE, toJson(Map.of("readOnly", true))).status(), is(200));
    }

    @After
    public void readWrite() {
        assertThat(confluence.putJson("admin", ACCESS_MODE, toJson(Map.of("readOnly", false))).status(), is(200));
    }

    @Test
    public void aWriteOfEveryFeature_isRefusedWithAClearMessage_andChangesNothing() {
        int answers = answerCount();
        List<Response> writes = List.of(
                confluence.postJson("bob", "/rest/guildhall/1.0/questions/" + question + "/answers",
                        toJson(Map.of("body", "Written during maintenance"))),
                confluence.postJson("dave", "/rest/guildhall/1.0/communities/COFFEE/members/me", "{}"),
                confluence.putJson("bob", "/rest/guildhall/1.0/people/me/profile",
                        toJson(Map.of("askMeAbout", "maintenance"))),
                confluence.putJson("bob", "/rest/guildhall/1.0/follows/topic/espresso", "{}"),
                confluence.putJson("admin", "/rest/guildhall/1.0/admin/settings",
                        toJson(Map.of("features", Map.of("qa", false)))));

        for (Response write : writes) {
            assertThat(write.body(), write.status(), is(503));
            assertThat(write.json().path("message").asText(), containsString("read-only mode"));
        }
        assertThat(answerCount(), is(answers));
        assertThat(confluence.get("dave", "/rest/guildhall/1.0/communities/COFFEE").json().path("membership")
                .asText(), not("member"));
        assertThat(confluence.get("admin", "/rest/guildhall/1.0/admin/settings").json().path("features").path("qa")
                .asBoolean(), is(true));
    }

    @Test
    public void readsKeepWorking_andAMarkdownPreviewToo() {
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/questions/" + question).status(), is(200));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=5").status(), is(200));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/activity?limit=5").status(), is(200));
        assertThat(confluence.postJson("bob", "/rest/guildhall/1.0/markdown/preview",
                toJson(Map.of("markdown", "*hi*"))).status(), is(200));
    }

    @Test
    public void theQuestionPage_hidesWriteActions_andSaysConfluenceIsReadOnly() {
        Response page = confluence.getHtml("bob", "/plugins/servlet/guildhall/questions/" + question);
        if (page.status() / 100 == 3) {
            String location = page.header("Location").orElseThrow();
            page = confluence.getHtml("bob", location.substring(location.indexOf("/plugins/")));
        }
        assertThat(page.status(), is(200));

        assertThat(page.body(), containsString("guildhall-read-only-message"));
        assertThat(page.body(), not(containsString("guildhall-vote-up")));
        assertThat(page.body(), not(containsString("guildhall-answer-form")));
        JsonNode can = confluence.get("bob", "/rest/guildhall/1.0/questions/" + question).json().path("can");
        assertThat(can.path("answer").asBoolean(), is(false));
    }

    private int answerCount() {
        return confluence.get("bob", "/rest/guildhall/1.0/questions/" + question).json().path("answerCount").asInt();
    }
}
