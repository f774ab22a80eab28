package org.guildhall.workbench;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.http.HttpResponse;
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
            WorkbenchClient client = new WorkbenchClient(first.baseUrl());
            assertThat(client.postJson("/rest/api/space", "admin", "{\"key\":\"KEPT\",\"name\":\"Kept\"}").statusCode(), is(200));
            assertThat(client.putJson("/rest/guildhall/1.0/communities/KEPT", "admin",
                    "{\"name\":\"Kept community\",\"description\":\"\"}").statusCode(), is(200));
            communitiesBefore = client.get("/rest/guildhall/1.0/communities", "alice").body();
        }

        try (Workbench second = Workbench.start(WorkbenchOptions.forTests(home))) {
            WorkbenchClient client = new WorkbenchClient(second.baseUrl());
            HttpResponse<String> communities = client.get("/rest/guildhall/1.0/communities", "alice");

            assertThat(communities.body(), containsString("Kept community"));
            assertThat("the same communities, demo data not created twice", communities.body(), is(communitiesBefore));
            assertThat(client.get("/display/KEPT", "admin").statusCode(), is(200));
        }
    }

}
