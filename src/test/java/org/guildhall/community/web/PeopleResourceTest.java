package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * {@code GET /rest/guildhall/1.0/people} over HTTP against the workbench (its demo users): logged-in callers find
 * people by part of their username or full name; anonymous callers get 401; bad input is refused naming the field.
 */
public class PeopleResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String PEOPLE = "/rest/guildhall/1.0/people";

    private final ConfluenceClient confluence = CONFLUENCE.client();

    @Test
    public void people_findsByPartOfTheFullNameOrUsername_ignoringCase() {
        Response byFullName = confluence.get("bob", PEOPLE + "?query=DUBO");
        Response byUsername = confluence.get("bob", PEOPLE + "?query=dav");

        assertThat(byFullName.status(), is(200));
        assertThat(userKeys(byFullName), contains("wb-key-dave"));
        assertThat(byFullName.json().get("results").get(0).get("displayName").asText(), is("Dave Dubois"));
        assertThat(byFullName.json().get("results").get(0).get("username").asText(), is("dave"));
        assertThat(userKeys(byUsername), contains("wb-key-dave"));
    }

    @Test
    public void people_returnsAtMostTheLimit() {
        Response response = confluence.get("bob", PEOPLE + "?query=e&limit=2");

        assertThat(response.status(), is(200));
        assertThat(userKeys(response).size(), lessThanOrEqualTo(2));
    }

    @Test
    public void people_treatsWildcardsAsText() {
        assertThat(userKeys(confluence.get("bob", PEOPLE + "?query=" + encode("%"))), is(empty()));
        assertThat(userKeys(confluence.get("bob", PEOPLE + "?query=" + encode("_"))), is(empty()));
    }

    @Test
    public void people_refusesAnonymousCallersWith401() {
        Response response = confluence.get(null, PEOPLE + "?query=dave");

        assertThat(response.status(), is(401));
        assertThat(response.json().get("status").asInt(), is(401));
    }

    @Test
    public void people_refusesAMissingOrBlankQuery_namingTheField() {
        for (String path : List.of(PEOPLE, PEOPLE + "?query=", PEOPLE + "?query=%20%20")) {
            Response response = confluence.get("bob", path);

            assertThat(path, response.status(), is(400));
            assertThat(path, response.json().get("errors").has("query"), is(true));
        }
    }

    @Test
    public void people_refusesALimitOutsideOneToTwenty_namingTheField() {
        for (String limit : List.of("0", "21", "-1", "many")) {
            Response response = confluence.get("bob", PEOPLE + "?query=dave&limit=" + limit);

            assertThat(limit, response.status(), is(400));
            assertThat(limit, response.json().get("errors").has("limit"), is(true));
        }
    }

    @Test
    public void people_refusesControlCharactersAndOverlongQueries_namingTheField() {
        assertThat(confluence.get("bob", PEOPLE + "?query=" + encode("da\u0000ve")).json().get("errors").has("query"),
                is(true));
        assertThat(confluence.get("bob", PEOPLE + "?query=" + "x".repeat(300)).status(), is(400));
    }

    private static List<String> userKeys(Response response) {
        List<String> keys = new ArrayList<>();
        for (JsonNode person : response.json().get("results")) {
            keys.add(person.get("userKey").asText());
        }
        return keys;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
