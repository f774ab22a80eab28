package org.guildhall.workbench.demo;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.guildhall.community.CommunityAdministration;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.host.HtmlEncoding;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The content a fresh workbench starts with: demo users, three spaces of real Stack Exchange questions (shown with
 * their authors, links and licence), a Guildhall demo space whose home page shows the community directory, and the
 * three question spaces turned into communities through the app's own service. Runs once per database; the
 * caller decides that race-safely.
 */
public final class DemoData {

    /** Demo logins; the password is the username. */
    static final List<WorkbenchUser> USERS = List.of(
            new WorkbenchUser("wb-key-admin", "admin", "Ada Admin", "admin@example.com", Locale.ENGLISH),
            new WorkbenchUser("wb-key-alice", "alice", "Alice Andersson", "alice@example.com", Locale.ENGLISH),
            new WorkbenchUser("wb-key-bob", "bob", "Bob Brennan", "bob@example.com", Locale.ENGLISH),
            new WorkbenchUser("wb-key-carol", "carol", "Carol Castillo", "carol@example.com", Locale.ENGLISH),
            new WorkbenchUser("wb-key-dave", "dave", "Dave Dubois", "dave@example.com", Locale.ENGLISH),
            new WorkbenchUser("wb-key-erin", "erin", "Erin Engel", "erin@example.com", Locale.GERMAN));

    private static final String ADMIN_KEY = "wb-key-admin";
    /** Questions of every community the reader may see, on the Guildhall home page. */
    private static final String QUESTIONS_EVERYWHERE = "<ac:structured-macro ac:name=\"guildhall-questions\">"
            + "<ac:parameter ac:name=\"community\">*</ac:parameter><ac:parameter ac:name=\"sort\">activity</ac:parameter>"
            + "<ac:parameter ac:name=\"limit\">5</ac:parameter></ac:structured-macro>";

    private static final String DIRECTORY_HOME = "<p>Welcome to the Guildhall demo. These are the communities you can see:</p>"
            + "<ac:structured-macro ac:name=\"guildhall-community-directory\"/>"
            + "<h2>Latest questions</h2>" + QUESTIONS_EVERYWHERE
            + "<h2>Topics</h2><ac:structured-macro ac:name=\"guildhall-topics\">"
            + "<ac:parameter ac:name=\"community\">*</ac:parameter><ac:parameter ac:name=\"limit\">15</ac:parameter>"
            + "</ac:structured-macro>";

    /** The community's home widget and member list, on the home page of each question space. */
    private static final String COMMUNITY_HOME = "<ac:structured-macro ac:name=\"guildhall-community-overview\"/>"
            + "<ac:structured-macro ac:name=\"guildhall-community-members\"/>";

    /** A question space's Q&A page: ask, then the questions waiting for an answer, then all of them. */
    private static final String QUESTIONS_PAGE = "<ac:structured-macro ac:name=\"guildhall-ask\"/>"
            + "<h2>Waiting for an answer</h2><ac:structured-macro ac:name=\"guildhall-questions\">"
            + "<ac:parameter ac:name=\"state\">unanswered</ac:parameter><ac:parameter ac:name=\"limit\">5</ac:parameter>"
            + "</ac:structured-macro><h2>All questions</h2><ac:structured-macro ac:name=\"guildhall-questions\">"
            + "<ac:parameter ac:name=\"sort\">activity</ac:parameter></ac:structured-macro>"
            + "<h2>Topics</h2><ac:structured-macro ac:name=\"guildhall-topics\"/>";

    private final UserDirectory users;
    private final SpaceCreation spaceCreation;
    private final PageStore pages;
    private final SpacePermissionStore permissions;
    private final CommunityAdministration communities;

    public DemoData(UserDirectory users, SpaceCreation spaceCreation, PageStore pages, SpacePermissionStore permissions,
                    CommunityAdministration communities) {
        this.users = users;
        this.spaceCreation = spaceCreation;
        this.pages = pages;
        this.permissions = permissions;
        this.communities = communities;
    }

    public void create() {
        for (WorkbenchUser user : USERS) {
            List<String> groups = user.userKey().equals(ADMIN_KEY)
                    ? List.of(UserDirectory.USERS, UserDirectory.ADMINISTRATORS) : List.of(UserDirectory.USERS);
            users.create(user, user.username(), groups);
        }
        StackExchangeSample coffee = questionSpace("coffee.stackexchange.com");
        StackExchangeSample ai = questionSpace("ai.stackexchange.com");
        StackExchangeSample quantum = questionSpace("quantumcomputing.stackexchange.com");
        spaceCreation.create("GUILDHALL", "Guildhall demo", DIRECTORY_HOME, ADMIN_KEY).orElseThrow();
        pages.create(coffee.spaceKey(), "Ask the coffee lovers", QUESTIONS_PAGE, ADMIN_KEY);

        openToEveryone(coffee.spaceKey());
        openToEveryone(ai.spaceKey());
        openToEveryone("GUILDHALL");
        permissions.grant(coffee.spaceKey(), SubjectType.USER, "wb-key-alice", SpacePermission.ADMINISTER);
        for (String reader : List.of("wb-key-alice", "wb-key-carol")) {
            permissions.grant(quantum.spaceKey(), SubjectType.USER, reader, SpacePermission.READ);
            permissions.grant(quantum.spaceKey(), SubjectType.USER, reader, SpacePermission.CREATE);
        }

        // Whoever turns a space into a community becomes its first owner: alice founds COFFEE, which she administers.
        AuthenticatedUserThreadLocal.set(users.byKey("wb-key-alice").orElseThrow());
        try {
            communities.saveSettings(coffee.spaceKey(), "Coffee lovers",
                    "Brewing methods, beans and grinders: questions from coffee.stackexchange.com.",
                    List.of("espresso", "brewing", "beans"), null);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
        AuthenticatedUserThreadLocal.set(users.byKey(ADMIN_KEY).orElseThrow());
        try {
            communities.saveSettings(ai.spaceKey(), "Artificial Intelligence",
                    "Conceptual questions about AI, from ai.stackexchange.com.",
                    List.of("machine-learning", "neural-networks"), null);
            communities.saveSettings(quantum.spaceKey(), "Quantum Computing",
                    "Qubits, gates and algorithms, from quantumcomputing.stackexchange.com.",
                    List.of("qubits", "algorithms"), null);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    private StackExchangeSample questionSpace(String site) {
        StackExchangeSample sample = StackExchangeSample.load(site);
        String home = "<p>Real questions from <a href=\"https://" + site + "\">" + site + "</a>, shared under CC BY-SA "
                + "by their authors. Each page names its author and links to the original.</p>" + COMMUNITY_HOME;
        spaceCreation.create(sample.spaceKey(), sample.spaceName(), home, ADMIN_KEY).orElseThrow();
        for (StackExchangeSample.Question question : sample.questions()) {
            pages.create(sample.spaceKey(), question.title(), questionPage(site, question), ADMIN_KEY);
        }
        return sample;
    }

    private static String questionPage(String site, StackExchangeSample.Question question) {
        String tags = question.tags().stream()
                .map(tag -> "<span class=\"aui-lozenge aui-lozenge-subtle\">" + HtmlEncoding.encode(tag) + "</span>")
                .collect(Collectors.joining(" "));
        return question.bodyHtml()
                + "<p class=\"workbench-tags\">" + tags + "</p>"
                + "<p class=\"workbench-attribution\">Asked by " + HtmlEncoding.encode(question.author())
                + " on " + question.created().substring(0, 10) + " at <a href=\"" + question.url(site) + "\">"
                + HtmlEncoding.encode(site) + "</a> (original question). Licensed under <a href=\""
                + question.licenceUrl() + "\">" + question.licence() + "</a>.</p>";
    }

    private void openToEveryone(String spaceKey) {
        permissions.grant(spaceKey, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.READ);
        permissions.grant(spaceKey, SubjectType.GROUP, UserDirectory.USERS, SpacePermission.CREATE);
    }
}
