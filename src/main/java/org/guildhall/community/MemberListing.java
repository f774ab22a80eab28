package org.guildhall.community;

import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists a community's members and pending requests, a page at a time.
 *
 * <p>Without a search text the list is keyset-paged by user key: one query for the page and one look-up of the names
 * of everyone on it, however large the page. Names live in Confluence, not in Guildhall's tables (people are stored by
 * user key only), so a name search starts from Confluence's user directory instead: it reads the people whose name
 * matches a slice at a time and asks which of them are members, one query per slice. The first slice is twice the
 * page (enough when most matching people are members, and a short read for the directory), the next ones
 * {@value #SEARCH_SLICE} people; a page reads at most {@value #SEARCH_SLICES_PER_PAGE} slices, and when the members
 * among them do not fill it, it ends early with a cursor that continues where it stopped. So the cost of any request is bounded, whatever
 * the size of the community or of the user directory.
 */
@Component
public class MemberListing {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** People read from the user directory per round trip of a name search, after the first. */
    static final int SEARCH_SLICE = 500;
    /** Round trips to the user directory one page of a name search may make. */
    static final int SEARCH_SLICES_PER_PAGE = 3;

    private final MembershipPolicy policy;
    private final MembershipDao membershipDao;
    private final People people;

    public MemberListing(MembershipPolicy policy, MembershipDao membershipDao, People people) {
        this.policy = policy;
        this.membershipDao = membershipDao;
        this.people = people;
    }

    /**
     * Lists the community's members: by user key, or for a search text in the user directory's order (by username).
     * Anyone who can view the community's space may call it.
     *
     * @param role   {@code owner}, {@code moderator}, {@code member}, or null for all
     * @param query  text in the display name or username, or null
     * @param cursor from the previous page of the same listing, or null
     * @param limit  1 to {@value #MAX_LIMIT}
     * @throws InvalidInput naming {@code role}, {@code query}, {@code cursor} or {@code limit}
     * @throws NotFound     when the community is not visible to the caller
     */
    public MemberPage members(String spaceKey, String role, String query, String cursor, int limit) {
        Optional<MembershipRole> roleFilter = MembershipInput.roleFilter(role);
        Optional<String> search = MembershipInput.query(query);
        Optional<String> after = parse(cursor, limit);
        if (search.isPresent()) {
            int position = after.map(MemberListing::searchPosition).orElse(0);
            return searchPage(policy.visibleCommunityToRead(spaceKey), roleFilter, search.get(), position, limit);
        }
        return keyPage(policy.visibleCommunityToRead(spaceKey), MembershipState.MEMBER, roleFilter, after, limit);
    }

    /**
     * Lists pending requests to join, by user key. Moderators only.
     *
     * @throws AccessDenied when the caller does not moderate the community (401 when not logged in)
     * @throws NotFound     when the community is not visible to the caller
     */
    public MemberPage requests(String spaceKey, String cursor, int limit) {
        policy.requireLogin();
        Optional<String> after = parse(cursor, limit);
        Community community = policy.visibleCommunityToRead(spaceKey);
        if (!policy.standing(community).canModerate()) {
            throw new AccessDenied("guildhall.error.membership.not-moderator", community.name());
        }
        return keyPage(community, MembershipState.PENDING, Optional.empty(), after, limit);
    }

    /** One query for the page (one row more, to know whether another page follows) and one for the names. */
    private MemberPage keyPage(Community community, MembershipState state, Optional<MembershipRole> role,
                               Optional<String> after, int limit) {
        List<Membership> rows = membershipDao.findByState(community.id(), state, role, after, limit + 1);
        List<Membership> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        return new MemberPage(Member.withPeople(shown, people), rows.size() > limit
                ? Optional.of(toCursor(shown.get(limit - 1).userKey())) : Optional.empty());
    }

    /**
     * Walks the people whose name matches from {@code position} on, keeping the members. The cursor is the position
     * of the first match not yet looked at.
     */
    private MemberPage searchPage(Community community, Optional<MembershipRole> role, String text, int position,
                                  int limit) {
        List<Member> page = new ArrayList<>();
        int sliceSize = Math.min(SEARCH_SLICE, 2 * limit);
        for (int slice = 0; slice < SEARCH_SLICES_PER_PAGE; slice++) {
            List<Optional<Person>> matches = people.search(text, position, sliceSize);
            Map<String, Membership> memberships = membershipDao.findByUserKeys(community.id(),
                    MembershipState.MEMBER, role, matches.stream().flatMap(Optional::stream).map(Person::userKey).toList());
            for (int index = 0; index < matches.size(); index++) {
                Optional<Person> person = matches.get(index);
                Membership membership = person.map(found -> memberships.get(found.userKey())).orElse(null);
                if (membership == null) {
                    continue;
                }
                if (page.size() == limit) {
                    return new MemberPage(page, Optional.of(toCursor(Integer.toString(position + index))));
                }
                page.add(new Member(membership, person));
            }
            if (matches.size() < sliceSize) {
                return new MemberPage(page, Optional.empty());
            }
            position += matches.size();
            sliceSize = SEARCH_SLICE;
        }
        return new MemberPage(page, Optional.of(toCursor(Integer.toString(position))));
    }

    private static int searchPosition(String cursor) {
        try {
            int position = Integer.parseInt(cursor);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
    }

    private static Optional<String> parse(String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.limit.range"));
        }
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String userKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!userKey.isEmpty()) {
                return Optional.of(userKey);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
    }

    static String toCursor(String userKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(userKey.getBytes(StandardCharsets.UTF_8));
    }
}
