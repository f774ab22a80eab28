package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The community home in headless Chromium against the workbench: an owner approves a pending request from the
 * members macro and the requester appears as a member, changes their role with the keyboard, and removes a member
 * after confirming; a search narrows the list; an owner invites someone with the person picker and the keyboard, who
 * sees the invitation and accepts it; "Show more requests" reaches every pending request. Every state is checked with axe-core and kept as a screenshot in
 * {@code target/e2e/}.
 */
public class CommunityMembersBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String API = "/rest/guildhall/1.0/communities/ROAST";

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theOwnerApprovesARequest_changesTheNewMembersRoleWithTheKeyboard_andRemovesAMember() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "ROAST", "Roasters");
        assertThat(confluence.putJson("carol", API, "{\"name\":\"Home roasters\",\"visibility\":\"request\","
                + "\"description\":\"Roasting beans at home.\"}").status(), is(200));
        assertThat(confluence.postJson("dave", API + "/members/me", "{\"message\":\"I roast in a pan\"}").status(), is(200));
        assertThat(confluence.postJson("carol", API + "/invitations", ConfluenceClient.toJson(Map.of("userKey", "wb-key-bob"))).status(), is(200));
        assertThat(confluence.postJson("bob", API + "/members/me", "{}").status(), is(200));
        String pageId = confluence.createPage("carol", "ROAST", "Welcome",
                "<ac:structured-macro ac:name=\"guildhall-community-overview\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator members = page.locator(".guildhall-members");
        Locator status = members.locator(".guildhall-members-status");
        Locator dave = members.locator(".guildhall-members-request[data-user-key='wb-key-dave']");
        assertThat(dave).containsText("I roast in a pan");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-request");

        page.getByLabel("Message to Dave Dubois (optional)").fill("Welcome, Dave!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Dave Dubois")).focus();
        page.keyboard().press("Enter");

        assertThat(status).hasText("Dave Dubois is now a member.");
        assertThat(dave).hasCount(0);
        assertThat(members.locator(".guildhall-members-no-requests")).isVisible();
        Locator daveMember = members.locator(".guildhall-members-member[data-user-key='wb-key-dave']");
        assertThat(daveMember.locator(".guildhall-members-role")).hasText("Member");
        assertThat(confluence.get("dave", API).json().get("membership").asText(), is("member"));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-approved");

        Locator roleOfDave = page.getByLabel("Role of Dave Dubois");
        roleOfDave.focus();
        page.keyboard().press("ArrowUp");
        assertThat(roleOfDave).hasValue("moderator");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change role Dave Dubois"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(status).hasText("Dave Dubois is now Moderator.");
        assertThat(daveMember.locator(".guildhall-members-role")).hasText("Moderator");
        assertThat(confluence.get("dave", API).json().get("role").asText(), is("moderator"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Bob Brennan")).click();
        Locator confirm = members.locator(".guildhall-members-confirm");
        assertThat(confirm).containsText("Remove Bob Brennan from the community?");
        assertThat(confirm.locator("[data-action='confirm-remove']")).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-confirm-remove");
        page.keyboard().press("Enter");

        assertThat(status).hasText("Bob Brennan was removed from the community.");
        assertThat(members.locator(".guildhall-members-member[data-user-key='wb-key-bob']")).hasCount(0);
        assertThat(confluence.get("bob", API).json().get("membership").asText(), is("none"));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-after");
    }

    @Test
    public void aSearchNarrowsTheListAndAnApiRefusalIsShownNextToTheRow() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "GRIND", "Grinders");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/GRIND", "{\"name\":\"Grinders\"}").status(), is(200));
        assertThat(confluence.postJson("erin", "/rest/guildhall/1.0/communities/GRIND/members/me", "{}").status(), is(200));
        String pageId = confluence.createPage("carol", "GRIND", "Who grinds",
                "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator rows = page.locator(".guildhall-members-member");
        assertThat(rows).hasCount(2);

        page.getByLabel("Search members").fill("erin");
        page.keyboard().press("Enter");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Erin Engel");
        assertThat(page.locator(".guildhall-members-status")).hasText("Showing 1 member.");

        page.getByLabel("Search members").fill("");
        page.keyboard().press("Enter");
        assertThat(rows).hasCount(2);
        // the last owner may not step down: the API says why, next to her row
        Locator carol = page.locator(".guildhall-members-member[data-user-key='wb-key-carol']");
        carol.getByLabel("Role of Carol Castillo").selectOption("member");
        carol.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change role Carol Castillo")).click();
        assertThat(carol.locator(".guildhall-members-row-error")).containsText("That did not work.");
        assertThat(carol.locator(".guildhall-members-role")).hasText("Owner");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-error");
    }

    @Test
    public void showMoreAppendsTheNextMembers_andBanAsksFirstAndCancelGivesTheFocusBack() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "CUPS", "Cuppers");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/CUPS", "{\"name\":\"Cuppers\"}").status(), is(200));
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        for (int i = 10; i < 31; i++) {
            String name = "cupper" + i;
            users.create(new WorkbenchUser("wb-key-" + name, name, "Cupper " + i, name + "@example.com", Locale.ENGLISH),
                    name, List.of(UserDirectory.USERS));
            assertThat(confluence.postJson(name, "/rest/guildhall/1.0/communities/CUPS/members/me", "{}").status(), is(200));
        }
        String pageId = confluence.createPage("carol", "CUPS", "All cuppers",
                "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator rows = page.locator(".guildhall-members-member");
        assertThat(rows).hasCount(20);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more members")).click();
        assertThat(rows).hasCount(22);
        assertThat(page.locator(".guildhall-members-more")).isHidden();
        assertThat(page.locator(".guildhall-members-status")).hasText("Showing 22 members.");

        Locator ban = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban Cupper 30"));
        ban.focus();
        page.keyboard().press("Enter");
        Locator confirm = page.locator(".guildhall-members-confirm");
        assertThat(confirm).containsText("Ban Cupper 30?");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-confirm-ban");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(confirm).hasCount(0);
        assertThat(ban).isFocused();
        assertThat(confluence.get("cupper30", "/rest/guildhall/1.0/communities/CUPS").json().get("membership").asText(),
                is("member"));
    }

    @Test
    public void theOwnerInvitesSomeoneWithThePersonPickerAndTheKeyboard_whoSeesTheInvitationAndAccepts() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "PRESS", "French press");
        confluence.grantGroupRead("carol", "PRESS", UserDirectory.USERS);
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/PRESS",
                "{\"name\":\"Pressers\",\"visibility\":\"request\"}").status(), is(200));
        String pageId = confluence.createPage("carol", "PRESS", "Pressers",
                "<ac:structured-macro ac:name=\"guildhall-community-join\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person to invite"));
        picker.focus();
        page.keyboard().type("dubois");
        Locator dave = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Dave Dubois (dave)"));
        assertThat(dave).isVisible();
        assertThat(picker).hasAttribute("aria-expanded", "true");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-invite-picker");

        page.keyboard().press("ArrowDown");
        assertThat(dave).hasAttribute("aria-selected", "true");
        page.keyboard().press("Enter");
        assertThat(picker).hasValue("Dave Dubois");
        assertThat(picker).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");

        assertThat(page.locator(".guildhall-members-status")).hasText("Dave Dubois is invited.");
        assertThat(confluence.get("dave", "/rest/guildhall/1.0/communities/PRESS").json().get("membership").asText(),
                is("invited"));
        assertThat(picker).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-invited");

        page.context().clearCookies();
        logIn("dave");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator state = page.locator(".guildhall-join-state");
        assertThat(state).hasText("You are invited to join Pressers.");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("join-invited");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept invitation")).click();

        assertThat(state).hasText("You are a member of Pressers.");
        assertThat(confluence.get("dave", "/rest/guildhall/1.0/communities/PRESS").json().get("membership").asText(),
                is("member"));
        screenshot("join-accepted");
    }

    @Test
    public void inviting_withoutChoosingAPersonSaysSo() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "MOKA", "Moka pots");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/MOKA", "{\"name\":\"Moka\"}").status(),
                is(200));
        String pageId = confluence.createPage("carol", "MOKA", "Moka",
                "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();

        assertThat(page.locator(".guildhall-members-invite-error")).hasText("Choose a person from the list first.");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person to invite")))
                .isFocused();
    }

    @Test
    public void moderatorsSeeEveryPendingRequest_throughShowMoreRequests() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "CHEMEX", "Chemex");
        confluence.grantGroupRead("carol", "CHEMEX", UserDirectory.USERS);
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/CHEMEX",
                "{\"name\":\"Chemex\",\"visibility\":\"request\"}").status(), is(200));
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        for (int i = 10; i < 32; i++) {
            String name = "asker" + i;
            users.create(new WorkbenchUser("wb-key-" + name, name, "Asker " + i, name + "@example.com", Locale.ENGLISH),
                    name, List.of(UserDirectory.USERS));
            assertThat(confluence.postJson(name, "/rest/guildhall/1.0/communities/CHEMEX/members/me", "{}").status(),
                    is(200));
        }
        String pageId = confluence.createPage("carol", "CHEMEX", "Requests",
                "<ac:structured-macro ac:name=\"guildhall-community-members\"/>");

        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator requests = page.locator(".guildhall-members-request");
        assertThat(requests).hasCount(20);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more requests")).click();

        assertThat(requests).hasCount(22);
        assertThat(page.locator(".guildhall-members-requests-more")).isHidden();
        assertThat(page.locator(".guildhall-members-request[data-user-key='wb-key-asker30']")).isFocused();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Asker 31")).click();
        assertThat(page.locator(".guildhall-members-status")).hasText("Asker 31 is now a member.");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("members-more-requests");
    }
}
