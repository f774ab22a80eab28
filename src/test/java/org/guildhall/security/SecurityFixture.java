package org.guildhall.security;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;

/**
 * The people and content the security suite acts on, in one workbench. Community {@value #SPACE} ("Sealed guild",
 * joins on request) lives in a space only the group {@value #READERS} may read: its member, moderator, owner and
 * banned member are in that group; the outsider is a licensed user who is not; the unlicensed user belongs to no
 * group at all (Confluence grants "can use" to groups); alice administers the space but has left the community; admin
 * is a system administrator. Every role gets its own question (asked by {@code smauthor}, answered by
 * {@code smanswerer}, commented on by the asker), so a permitted change by one role never disturbs another's cells.
 * Everything secret carries the word {@value #SECRET}: a refusal that contains it leaks.
 */
final class SecurityFixture {

    static final String SPACE = "SECM";
    static final String LOBBY = "SECLOBBY";
    static final String READERS = "secm-readers";
    static final String SECRET = "Sealed";
    static final String NAME = "Sealed guild";
    static final String TOPIC = "sealed-topic";
    static final String API = "/rest/guildhall/1.0";
    static final String COMMUNITY = API + "/communities/" + SPACE;

    /** Role → login (null: anonymous), in the order of the table's cells. */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("anonymous", null);
        ROLES.put("unlicensed", "smunlicensed");
        ROLES.put("outsider", "smoutsider");
        ROLES.put("member", "smmember");
        ROLES.put("moderator", "smmod");
        ROLES.put("owner", "smowner");
        ROLES.put("spaceAdmin", "alice");
        ROLES.put("systemAdmin", "admin");
        ROLES.put("banned", "smbanned");
    }

    /** The role's own question, its answer and the comment on it. */
    record Posts(long question, long answer, long comment) {
    }

    private final RunningWorkbench confluence;
    private final ConfluenceClient client;
    private final Map<String, Posts> posts = new HashMap<>();

    SecurityFixture(RunningWorkbench confluence) {
        this.confluence = confluence;
        this.client = confluence.client();
    }

    ConfluenceClient client() {
        return client;
    }

    void setUp() {
        UserDirectory users = confluence.bean(UserDirectory.class);
        users.createGroup(READERS);
        for (String name : List.of("smmember", "smmod", "smowner", "smbanned", "smauthor", "smanswerer",
                "smtarget")) {
            users.create(user(name), name, List.of(UserDirectory.USERS, READERS));
        }
        users.create(user("smoutsider"), "smoutsider", List.of(UserDirectory.USERS));
        users.create(user("smunlicensed"), "smunlicensed", List.of());

        SpacePermissionStore permissions = confluence.bean(SpacePermissionStore.class);
        client.createSpace("admin", LOBBY, "Security lobby");
        permissions.grant(LOBBY, SubjectType.ANONYMOUS, null, SpacePermission.READ);
        client.createSpace("alice", SPACE, "Sealed space");
        // a new space lets confluence-users read and write it, as Confluence's defaults do: not this one
        permissions.revoke(SPACE, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.revoke(SPACE, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.CREATE);
        client.grantGroupRead("alice", SPACE, READERS);
        restoreCommunity();
        for (String role : ROLES.keySet()) {
            posts.put(role, createPosts(role));
        }
    }

    /**
     * Puts the community back as {@link #setUp} left it: its settings, and every role's and helper's membership and
     * role. Safe to call again after a permitted cell changed them.
     */
    void restoreCommunity() {
        expect(200, client.putJson("alice", COMMUNITY, toJson(Map.of("name", NAME,
                "description", SECRET + " description", "visibility", "request", "topics", List.of(TOPIC)))));
        for (String name : List.of("smowner", "smmod", "smmember", "smbanned", "smauthor", "smanswerer",
                "smtarget")) {
            String state = client.get("admin", COMMUNITY + "/members?limit=100").body();
            if (!state.contains("\"" + key(name) + "\"")) {
                client.delete("admin", COMMUNITY + "/members/" + key(name));
                client.postJson("admin", COMMUNITY + "/invitations", toJson(Map.of("userKey", key(name))));
                client.postJson(name, COMMUNITY + "/members/me", "{}");
            }
        }
        client.putJson("admin", COMMUNITY + "/members/" + key("smowner"), "{\"role\":\"owner\"}");
        client.putJson("admin", COMMUNITY + "/members/" + key("smmod"), "{\"role\":\"moderator\"}");
        String aliceLeft = client.get("alice", COMMUNITY).json().path("membership").asText();
        if (!aliceLeft.equals("none")) {
            client.delete("alice", COMMUNITY + "/members/me");
        }
        client.delete("admin", COMMUNITY + "/members/" + key("smbanned") + "?ban=true");
    }

    private Posts createPosts(String role) {
        Response asked = client.postJson("smauthor", API + "/questions", toJson(Map.of("community", SPACE,
                "title", SECRET + " question for the " + role, "body", "Which " + SECRET + " secret does the "
                        + role + " see?", "topics", List.of(TOPIC))));
        expect(201, asked);
        long question = asked.json().get("id").asLong();
        Response answered = client.postJson("smanswerer", API + "/questions/" + question + "/answers",
                "{\"body\":\"" + SECRET + " answer.\"}");
        expect(201, answered);
        long answer = answered.json().get("answers").get(0).get("id").asLong();
        Response commented = client.postJson("smauthor", API + "/questions/" + question + "/comments",
                "{\"body\":\"" + SECRET + " comment.\"}");
        expect(201, commented);
        long comment = commented.json().get("comments").get(0).get("id").asLong();
        return new Posts(question, answer, comment);
    }

    Posts postsOf(String role) {
        return posts.get(role);
    }

    /** The path with each placeholder replaced by the role's own object (or the fixture's shared one). */
    String resolve(String template, String role) {
        Posts own = posts.get(role);
        String path = template.replace("{spaceKey}", SPACE).replace("{userKey}", key("smtarget"))
                .replace("{name}", TOPIC).replace("{type}", "question");
        if (path.startsWith("/answers/")) {
            return path.replace("{id}", String.valueOf(own.answer()));
        }
        if (path.startsWith("/comments/")) {
            return path.replace("{id}", String.valueOf(own.comment()));
        }
        if (path.startsWith("/people/") && path.contains("/endorsements/")) {
            return path.replace("{id}", "1");
        }
        if (path.startsWith("/import/runs/")) {
            return path.replace("{id}", "1");
        }
        return path.replace("{id}", String.valueOf(own.question()));
    }

    static String key(String username) {
        return "wb-key-" + username;
    }

    private static WorkbenchUser user(String name) {
        return new WorkbenchUser(key(name), name, "Security " + name, name + "@example.com", Locale.ENGLISH);
    }

    static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Set-up step failed: " + response);
        }
    }
}
