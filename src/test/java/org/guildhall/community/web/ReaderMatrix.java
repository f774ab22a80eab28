package org.guildhall.community.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * The readers of the community macros' permission matrix, set up through the app's REST API in a running workbench.
 * Community {@value #SPACE} joins on request and its space is readable by confluence-users only; the macros are put
 * on pages of space {@value #LOBBY}, which everyone may read (anonymous too), and name the community with their
 * {@code space} parameter, so that readers who cannot view the community still see the page. Community
 * {@value #PUBLIC_SPACE} is open and its space readable anonymously.
 */
public final class ReaderMatrix {

    public static final String SPACE = "HOMEX";
    public static final String LOBBY = "LOBBY";
    public static final String PUBLIC_SPACE = "PUBHOME";
    public static final String NAME = "Home <b>matrix</b> & \"friends\"";
    public static final String DESCRIPTION = "<script>alert('description')</script> Where we meet";
    /** A member whose display name is markup. */
    public static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    public static final String BASE = "/rest/guildhall/1.0/communities/" + SPACE;
    /** A private community, set up by {@link #setUpPrivateCommunity}. */
    public static final String PRIVATE_SPACE = "HXPRIV";
    public static final String PRIVATE_NAME = "Secret cellar";

    /** Row name → login (null: anonymous). */
    public static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("anonymous", null);
        ROWS.put("outsider", "hxoutsider");
        ROWS.put("viewer", "bob");
        ROWS.put("pending", "hxpending");
        ROWS.put("member", "hxmember");
        ROWS.put("moderator", "hxmod");
        ROWS.put("owner", "hxowner");
        ROWS.put("spaceAdmin", "alice");
        ROWS.put("systemAdmin", "admin");
        ROWS.put("banned", "hxbanned");
    }

    private ReaderMatrix() {
    }

    /** Creates the people, spaces, communities and roles. alice founds the community and hands ownership over. */
    public static void setUp(RunningWorkbench confluence) {
        ConfluenceClient client = confluence.client();
        UserDirectory users = confluence.bean(UserDirectory.class);
        for (String name : List.of("hxpending", "hxmember", "hxmod", "hxowner", "hxbanned")) {
            users.create(new WorkbenchUser(key(name), name, "Home " + name, name + "@example.com", Locale.ENGLISH),
                    name, List.of(UserDirectory.USERS));
        }
        users.create(new WorkbenchUser(key("hxevil"), "hxevil", HOSTILE_NAME, "evil@example.com", Locale.ENGLISH),
                "hxevil", List.of(UserDirectory.USERS));
        users.create(new WorkbenchUser(key("hxoutsider"), "hxoutsider", "Home outsider", "out@example.com",
                Locale.ENGLISH), "hxoutsider", List.of());

        SpacePermissionStore permissions = confluence.bean(SpacePermissionStore.class);
        client.createSpace("admin", LOBBY, "Lobby");
        permissions.grant(LOBBY, SubjectType.ANONYMOUS, null, SpacePermission.READ);

        client.createSpace("alice", SPACE, "Home matrix");
        expect(200, client.postJson("alice", "/rest/api/space/" + SPACE + "/permission", toJson(Map.of(
                "subject", Map.of("type", "group", "identifier", UserDirectory.USERS),
                "operation", Map.of("key", "read", "target", "space")))));
        expect(200, client.putJson("alice", BASE, toJson(Map.of("name", NAME, "description", DESCRIPTION,
                "visibility", "request", "topics", List.of("espresso", "latte-art")))));
        for (String name : List.of("hxowner", "hxmod", "hxmember", "hxevil")) {
            expect(200, client.postJson("alice", BASE + "/invitations", toJson(Map.of("userKey", key(name)))));
            expect(200, client.postJson(name, BASE + "/members/me", "{}"));
        }
        expect(200, client.putJson("alice", BASE + "/members/" + key("hxowner"), "{\"role\":\"owner\"}"));
        expect(200, client.delete("alice", BASE + "/members/me"));
        expect(200, client.putJson("hxowner", BASE + "/members/" + key("hxmod"), "{\"role\":\"moderator\"}"));
        expect(200, client.postJson("hxpending", BASE + "/members/me", "{\"message\":\"<i>Let me in</i>\"}"));
        expect(200, client.delete("hxowner", BASE + "/members/" + key("hxbanned") + "?ban=true"));

        client.createSpace("carol", PUBLIC_SPACE, "Public home");
        permissions.grant(PUBLIC_SPACE, SubjectType.ANONYMOUS, null, SpacePermission.READ);
        expect(200, client.putJson("carol", "/rest/guildhall/1.0/communities/" + PUBLIC_SPACE,
                toJson(Map.of("name", "Public brewers", "visibility", "open"))));
    }

    /**
     * Adds community {@value #PRIVATE_SPACE}, made private through its privacy plan after alice founded it (and so
     * is its owner) and hxmember joined: only the two of them are members and may view its space. Call after
     * {@link #setUp}.
     */
    public static void setUpPrivateCommunity(RunningWorkbench confluence) {
        ConfluenceClient client = confluence.client();
        String base = "/rest/guildhall/1.0/communities/" + PRIVATE_SPACE;
        client.createSpace("alice", PRIVATE_SPACE, "Private matrix");
        confluence.bean(SpacePermissionStore.class).grant(PRIVATE_SPACE, SubjectType.GROUP, UserDirectory.USERS,
                SpacePermission.READ);
        expect(200, client.putJson("alice", base, toJson(Map.of("name", PRIVATE_NAME, "visibility", "open"))));
        expect(200, client.postJson("hxmember", base + "/members/me", "{}"));
        String token = client.get("alice", base + "/privacy-plan").json().get("token").asText();
        expect(200, client.putJson("alice", base, toJson(Map.of("name", PRIVATE_NAME, "visibility", "private",
                "confirmPlan", token))));
    }

    /** @return a page in the lobby holding the macro, pointed at the matrix community */
    public static String lobbyPage(ConfluenceClient client, String title, String macroName, String spaceKey) {
        return client.createPage("admin", LOBBY, title, macro(macroName, spaceKey));
    }

    public static String macro(String macroName, String spaceKey) {
        return "<ac:structured-macro ac:name=\"" + macroName + "\"><ac:parameter ac:name=\"space\">" + spaceKey
                + "</ac:parameter></ac:structured-macro>";
    }

    /** @return the page's body as the reader sees it in a browser (anonymous readers through the page itself) */
    public static String view(ConfluenceClient client, String login, String pageId) {
        if (login != null) {
            return client.renderedView(login, pageId);
        }
        Response page = client.getHtml(null, "/pages/viewpage.action?pageId=" + pageId);
        if (page.status() != 200) {
            throw new IllegalStateException("Anonymous readers cannot see page " + pageId + ": " + page.status());
        }
        return page.body();
    }

    /** Asserts one cell per row, reporting every wrong cell at once. */
    public static void assertMatrix(Map<String, String> expected, BiFunction<String, String, String> cell) {
        assertMatrix(null, expected, cell);
    }

    /**
     * Asserts one cell per row, reporting every wrong cell at once, each named by reader and what was asked.
     *
     * @param what e.g. {@code "GET /rest/guildhall/1.0/communities"}; null to name the reader only
     */
    public static void assertMatrix(String what, Map<String, String> expected, BiFunction<String, String, String> cell) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> row : ROWS.entrySet()) {
            String actual = cell.apply(row.getKey(), row.getValue());
            if (!actual.equals(expected.get(row.getKey()))) {
                wrong.add(row.getKey() + (what == null ? "" : " " + what) + ": expected " + expected.get(row.getKey())
                        + " but was " + actual);
            }
        }
        assertThat(wrong, is(empty()));
    }

    public static String key(String username) {
        return "wb-key-" + username;
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Set-up step failed: " + response);
        }
    }
}
