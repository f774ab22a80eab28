package org.guildhall.workbench.bench;

import org.guildhall.workbench.bench.PagedListScenario.ListRequest;

import java.util.List;

import static org.guildhall.workbench.bench.PagedListScenario.encode;

/**
 * The community directory's searches and sort orders and the member list of the large community, as paged REST
 * lists. What they search for comes from the dataset, which knows how common each word is.
 */
final class CommunityScenarios {

    private static final String COMMUNITIES = "/rest/guildhall/1.0/communities?limit=25";
    private static final int PAGE = 25;
    private static final int DEEPEST_PAGE = 10;
    private static final int DEEPEST_SEARCH_PAGE = 3;

    private CommunityScenarios() {
    }

    /** A word in about one community name in eight, and a topic name that only a few communities carry. */
    static Scenario directorySearch() {
        return new PagedListScenario("directory-search", "GET /rest/guildhall/1.0/communities?query= a common word "
                + "and a rare one, in turns",
                dataset -> List.of(
                        new ListRequest(COMMUNITIES + "&query=" + encode(dataset.value(CommunityDataPart.COMMON_WORD)),
                                PAGE),
                        new ListRequest(COMMUNITIES + "&query=" + encode(dataset.value(CommunityDataPart.RARE_WORD)),
                                1)),
                DEEPEST_SEARCH_PAGE);
    }

    static Scenario directoryTopic() {
        return new PagedListScenario("directory-topic", "GET /rest/guildhall/1.0/communities?topic= a topic "
                + "of the first generated community",
                dataset -> List.of(new ListRequest(
                        COMMUNITIES + "&topic=" + encode(dataset.value(CommunityDataPart.COMMON_TOPIC)), PAGE)),
                DEEPEST_SEARCH_PAGE);
    }

    /** The directory by name, as most people read it. */
    static Scenario directory() {
        return new PagedListScenario("directory-rest", "GET /rest/guildhall/1.0/communities?limit=25 as a rotating set "
                + "of people; each visit reads 1 to " + DEEPEST_PAGE + " pages by following nextCursor (half stop after "
                + "the first page)",
                dataset -> List.of(new ListRequest(COMMUNITIES, PAGE)), DEEPEST_PAGE);
    }

    static Scenario directorySortedBySize() {
        return new PagedListScenario("directory-sort-size", "GET /rest/guildhall/1.0/communities?sort=size",
                dataset -> List.of(new ListRequest(COMMUNITIES + "&sort=size", PAGE)), DEEPEST_PAGE);
    }

    /** All members and the moderators only, in turns. */
    static Scenario members() {
        return new PagedListScenario("members-rest", "GET /rest/guildhall/1.0/communities/{key}/members?limit=25 of "
                + "the community with " + MembershipDataPart.LARGE_COMMUNITY_MEMBERS + " members, and &role=moderator, "
                + "in turns",
                dataset -> List.of(new ListRequest(members(dataset), PAGE),
                        new ListRequest(members(dataset) + "&role=moderator", PAGE)),
                DEEPEST_PAGE);
    }

    /** A last name about one member in forty has, and a full name about one in 1,600 has, in turns. */
    static Scenario memberSearch() {
        return new PagedListScenario("members-search", "GET /rest/guildhall/1.0/communities/{key}/members?query= of "
                + "the community with " + MembershipDataPart.LARGE_COMMUNITY_MEMBERS + " members: a common last name "
                + "and a rare full name, in turns",
                dataset -> List.of(
                        new ListRequest(members(dataset) + "&query="
                                + encode(dataset.value(MembershipDataPart.COMMON_MEMBER_NAME)), PAGE),
                        new ListRequest(members(dataset) + "&query="
                                + encode(dataset.value(MembershipDataPart.RARE_MEMBER_NAME)), 1)),
                DEEPEST_SEARCH_PAGE);
    }

    /**
     * The large community's member list through the {@code guildhall-community-members} macro on a page: Confluence
     * renders the page for each reader ({@code body.view}), so every view runs the macro (its first page of members,
     * and the pending requests for the community's staff) for that reader.
     */
    static Scenario membersMacro() {
        return new QaScenarios.RotatingRequests("members-macro", "GET /rest/api/content/{id}?expand=body.view of a page "
                + "with the guildhall-community-members macro of the community with "
                + MembershipDataPart.LARGE_COMMUNITY_MEMBERS + " members (" + MembershipDataPart.MEMBERS_MACRO_ROWS
                + " members)",
                target -> List.of("/rest/api/content/" + target.dataset().page(MembershipDataPart.MEMBERS_MACRO_PAGE)
                        + "?expand=body.view"),
                body -> body.split("guildhall-members-member", -1).length - 1
                        == MembershipDataPart.MEMBERS_MACRO_ROWS);
    }

    private static String members(Dataset dataset) {
        return "/rest/guildhall/1.0/communities/" + dataset.value(MembershipDataPart.LARGE_COMMUNITY)
                + "/members?limit=25";
    }
}
