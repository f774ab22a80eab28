package org.guildhall.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every role gets from every endpoint, macro and servlet of the app — one row each, cells in the order of
 * {@link SecurityFixture#ROLES}: anonymous, unlicensed, outsider, member, moderator, owner, space admin, system
 * admin, banned. {@link SecurityMatrixTest} fails for an endpoint without a row (naming it), a row without an
 * endpoint, and every cell that differs.
 * <p>
 * A REST cell is the status, and for a 2xx whether the body shows the community's secrets ({@code 200+}) or not
 * ({@code 200-}). Every error must be the JSON error with that status and must not contain a secret. Mutations are
 * sent with the row's body: {@code {}} fails validation after authorization, so a permitted caller gets 400 and nothing
 * changes. Rows run top to bottom on each role's own question, so a permitted accept comes before the unaccept, a
 * delete before its restore. A macro cell is {@code shows} or {@code hidden} (the page says nothing secret); a servlet
 * cell is the status plus, for 200, {@code +} or {@code -}.
 * <p>
 * A new endpoint needs one line here: {@code rest("POST /things/{id}", "{}", "401 401 404 …")}.
 */
final class SecurityTable {

    /** One endpoint: its body (null: none) and the expected cell per role. */
    record Row(String endpoint, String body, List<String> cells, boolean restoresCommunity) {

        String expected(int role) {
            return cells.get(role);
        }
    }

    static final List<Row> ROWS = new ArrayList<>();

    /** A well-formed edit of a revision that is not the newest: a permitted editor gets 409, nothing changes. */
    private static final String EDIT_QUESTION = "{\"revision\":999,\"title\":\"An edit that is too late\","
            + "\"body\":\"Edited.\",\"topics\":[\"sealed-topic\"]}";

    private static void rest(String endpoint, String cells) {
        rest(endpoint, null, cells);
    }

    private static void rest(String endpoint, String body, String cells) {
        ROWS.add(new Row(endpoint, body, Arrays.asList(cells.trim().split("\\s+")), false));
    }

    /** A row whose permitted cells change the community itself: the fixture is restored after each of them. */
    private static void restoring(String endpoint, String body, String cells) {
        ROWS.add(new Row(endpoint, body, Arrays.asList(cells.trim().split("\\s+")), true));
    }

    private static void macro(String name, String cells) {
        rest("macro " + name, cells);
    }

    private static void servlet(String pattern, String cells) {
        rest("servlet " + pattern, cells);
    }

    //                                                      anon unlic outsd membr moder owner spAdm sysAd banned
    static {
        // communities
        rest("GET /communities", "401 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        rest("GET /communities/{spaceKey}", "401 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        rest("PUT /communities/{spaceKey}", "{}", "401 404 404 403 403 403 400 400 403");
        restoring("DELETE /communities/{spaceKey}", null, "401 404 404 403 403 403 204- 204- 403");
        rest("GET /communities/{spaceKey}/privacy-plan", "401 404 404 403 403 403 200- 200- 403");
        rest("GET /communities/{spaceKey}/members", "401 404 404 200- 200- 200- 200- 200- 200-");
        restoring("POST /communities/{spaceKey}/members/me", "{}", "401 404 404 200- 200- 200- 200- 200- 403");
        restoring("DELETE /communities/{spaceKey}/members/me", null, "401 404 404 200- 200- 409 409 200- 403");
        rest("GET /communities/{spaceKey}/requests", "401 404 404 403 200- 200- 200- 200- 403");
        rest("POST /communities/{spaceKey}/requests/{userKey}", "{\"decision\":\"deny\"}", "401 404 404 403 404 404 404 404 403");
        rest("POST /communities/{spaceKey}/invitations", "{\"userKey\":\"wb-key-smtarget\"}", "401 404 404 403 409 409 409 409 403");
        rest("PUT /communities/{spaceKey}/members/{userKey}", "{\"role\":\"member\"}", "401 404 404 403 403 200- 200- 200- 403");
        restoring("DELETE /communities/{spaceKey}/members/{userKey}", null,
                "401 404 404 403 200- 200- 200- 200- 403");
        rest("GET /people", "401 400 400 400 400 400 400 400 400");
        // questions, answers, comments (each role on its own question; lifecycle order)
        rest("GET /questions", "401 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        rest("POST /questions", "{\"community\":\"SECM\"}", "401 404 404 400 400 400 400 400 403");
        rest("GET /questions/similar", "401 400 400 400 400 400 400 400 400");
        rest("GET /questions/{id}", "401 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        rest("PUT /questions/{id}", EDIT_QUESTION, "401 404 404 403 409 409 409 409 403");
        rest("GET /questions/{id}/revisions", "401 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        rest("GET /questions/{id}/routing", "401 404 404 403 200- 200- 200- 200- 403");
        rest("GET /questions/{id}/routing/mine", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("POST /questions/{id}/routing/decline", "401 404 404 403 403 403 403 403 403");
        rest("POST /questions/{id}/answers", "{}", "401 404 404 400 400 400 400 400 403");
        rest("POST /questions/{id}/comments", "{}", "401 404 404 400 400 400 400 400 403");
        rest("PUT /questions/{id}/vote", "{\"value\":0}", "401 404 404 200- 200- 200- 200- 200- 403");
        rest("PUT /questions/{id}/follow", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("DELETE /questions/{id}/follow", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("PUT /questions/{id}/close", "{}", "401 404 404 403 400 400 400 400 403");
        rest("DELETE /questions/{id}/close", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("GET /answers/{id}", "401 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        rest("PUT /answers/{id}", "{\"revision\":999,\"body\":\"Edited.\"}", "401 404 404 403 409 409 409 409 403");
        rest("GET /answers/{id}/revisions", "401 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        rest("PUT /answers/{id}/vote", "{\"value\":0}", "401 404 404 200- 200- 200- 200- 200- 403");
        rest("PUT /answers/{id}/accept", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("DELETE /answers/{id}/accept", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("POST /answers/{id}/comments", "{}", "401 404 404 400 400 400 400 400 403");
        rest("DELETE /answers/{id}", "401 404 404 403 204- 204- 204- 204- 403");
        rest("POST /answers/{id}/restore", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("DELETE /comments/{id}", "401 404 404 403 204- 204- 204- 204- 403");
        rest("DELETE /questions/{id}", "401 404 404 403 204- 204- 204- 204- 403");
        rest("POST /questions/{id}/restore", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("POST /markdown/preview", "{}", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        // topics, follows, activity
        rest("GET /topics", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("GET /topics/{name}", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("PUT /topics/{name}/follow", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("DELETE /topics/{name}/follow", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("GET /follows", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("PUT /follows/{type}/{id}", "401 404 404 200- 200- 200- 200- 200- 200-");
        rest("DELETE /follows/{type}/{id}", "401 204- 204- 204- 204- 204- 204- 204- 204-");
        rest("GET /activity", "401 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        rest("GET /activity/feed.atom", "401 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        // digests
        rest("GET /people/me/digest", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("PUT /people/me/digest", "{}", "401 400 400 400 400 400 400 400 400");
        rest("GET /people/me/digest/preview", "401 200- 200- 200+ 200+ 200+ 200- 200- 200-");
        rest("POST /admin/digests/send", "401 403 403 403 403 403 403 200- 403");
        rest("GET /admin/activity/retention", "401 403 403 403 403 403 403 200- 403");
        rest("PUT /admin/activity/retention", "{}", "401 403 403 403 403 403 403 400 403");
        // community health
        rest("GET /communities/{spaceKey}/health", "401 404 404 403 200+ 200+ 200+ 200+ 403");
        rest("GET /health", "401 403 403 403 403 403 403 200+ 403");
        rest("GET /health.csv", "401 403 403 403 403 403 403 200+ 403");
        rest("GET /communities/{spaceKey}/spotlight", "401 404 404 403 200- 200- 200- 200- 403");
        rest("PUT /communities/{spaceKey}/spotlight", "{}", "401 404 404 403 400 400 400 400 403");
        // archives
        rest("GET /communities/{spaceKey}/export", "401 404 404 403 403 403 200+ 200+ 403");
        rest("POST /import/archive", "{}", "401 403 403 403 403 403 403 400 403");
        // expertise
        rest("GET /people/{userKey}/expertise", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("GET /people/{userKey}/answers", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("PUT /people/me/profile", "{}", "401 200- 200- 200- 200- 200- 200- 200- 200-");
        rest("POST /people/{userKey}/endorsements", "{}", "401 400 400 400 400 400 400 400 400");
        rest("DELETE /people/{userKey}/endorsements/{id}", "401 404 404 404 404 404 404 404 404");
        rest("GET /experts", "401 400 400 400 400 400 400 400 400");
        // administration
        rest("GET /admin/reputation-weights", "401 403 403 403 403 403 403 200- 403");
        rest("PUT /admin/reputation-weights", "{}", "401 403 403 403 403 403 403 400 403");
        rest("GET /admin/routing-settings", "401 403 403 403 403 403 403 200- 403");
        rest("PUT /admin/routing-settings", "{}", "401 403 403 403 403 403 403 400 403");
        rest("POST /admin/expertise/rebuild", "{}", "401 403 403 403 403 403 403 200- 403");
        rest("POST /import/stackexchange", "", "401 403 403 403 403 403 403 400 403");
        rest("GET /import/runs", "401 403 403 403 403 403 403 200- 403");
        rest("GET /import/runs/{id}", "401 403 403 403 403 403 403 200- 403");
        rest("GET /admin/settings", "401 403 403 403 403 403 403 200- 403");
        rest("PUT /admin/settings", "{}", "401 403 403 403 403 403 403 200- 403");
        rest("GET /admin/audit", "401 403 403 403 403 403 403 200- 403");
        rest("GET /people/{userKey}/data", "401 403 403 403 403 403 403 200+ 403");

        macro("guildhall-community-directory", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-community-join", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-community-overview", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-community-members", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-expertise-profile", "hidden hidden hidden hidden hidden hidden hidden hidden hidden");
        macro("guildhall-find-expert", "hidden hidden hidden hidden hidden hidden hidden hidden hidden");
        macro("guildhall-top-contributors", "hidden hidden hidden hidden hidden hidden hidden hidden hidden");
        macro("guildhall-ask", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-questions", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-question", "hidden hidden hidden shows shows shows shows shows shows");
        macro("guildhall-topics", "hidden hidden hidden hidden hidden hidden hidden hidden hidden");
        macro("guildhall-community-health", "hidden hidden hidden hidden shows shows shows shows hidden");
        macro("guildhall-activity", "hidden hidden hidden shows shows shows shows shows shows");

        servlet("/guildhall/space-settings", "302 404 404 403 403 403 200+ 200+ 403");
        servlet("/guildhall/people/*", "302 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        servlet("/guildhall/experts", "302 200- 200- 200- 200- 200- 200- 200- 200-");
        servlet("/guildhall/questions", "200- 200- 200- 200+ 200+ 200+ 200+ 200+ 200+");
        servlet("/guildhall/questions/*", "302 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        servlet("/guildhall/topics/*", "404 404 404 200+ 200+ 200+ 200+ 200+ 200+");
        servlet("/guildhall/admin/import", "302 403 403 403 403 403 403 200+ 403");
        servlet("/guildhall/admin/settings", "302 403 403 403 403 403 403 302 403");
        servlet("/guildhall/admin/health", "302 403 403 403 403 403 403 200+ 403");
        servlet("/guildhall/communities/*", "302 404 404 403 200+ 200+ 200+ 200+ 403");
        servlet("/guildhall/digest", "302 200- 200- 200+ 200+ 200+ 200- 200- 200-");
        servlet("/guildhall/digest/unsubscribe", "400 400 400 400 400 400 400 400 400");
    }

    /** @return the rows by endpoint */
    static Map<String, Row> byEndpoint() {
        Map<String, Row> rows = new LinkedHashMap<>();
        ROWS.forEach(row -> rows.put(row.endpoint(), row));
        return rows;
    }

    private SecurityTable() {
    }
}
