package org.guildhall.workbench;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Path;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** A workbench restarted on the same home keeps its data and does not create the demo content twice. */
public class WorkbenchRestartTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void restart_withTheSameHome_keepsSpacesCommunitiesAndDemoContent() throws IOException {
        Path home = folder.newFolder("home").toPath();
        String communitiesBefore;
        try (Workbench first = Workbench.start(WorkbenchOptions.forTests(home))) {
            ConfluenceClient client = new ConfluenceClient(first.baseUrl());
            assertThat(client.send("POST", "admin", "/rest/api/space", "application/json",
                    "{\"key\":\"KEPT\",\"name\":\"Kept\"}").status(), is(200));
            assertThat(client.send("PUT", "admin", "/rest/guildhall/1.0/communities/KEPT", "application/json",
                    "{\"name\":\"Kept community\",\"description\":\"\"}").status(), is(200));
            communitiesBefore = client.getWithoutAccept("alice", "/rest/guildhall/1.0/communities").body();
        }

        try (Workbench second = Workbench.start(WorkbenchOptions.forTests(home))) {
            ConfluenceClient client = new ConfluenceClient(second.baseUrl());
            Response communities = client.getWithoutAccept("alice", "/rest/guildhall/1.0/communities");

            assertThat(communities.body(), containsString("Kept community"));
            assertThat("the same communities, demo data not created twice", communities.body(), is(communitiesBefore));
            assertThat(client.getWithoutAccept("admin", "/display/KEPT").status(), is(200));
        }
    }

}
