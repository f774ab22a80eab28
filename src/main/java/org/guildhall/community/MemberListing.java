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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lists a community's members and pending requests, a page at a time, keyset-paged by user key.
 *
 * <p>Names live in Confluence, not in Guildhall's tables (people are stored by user key only), so a name search
 * reads members in user-key order in batches, looks each person up, and keeps those whose display name or username
 * contains the text. Without a search text a page costs one query plus one lookup per member shown.
 */
@Component
public class MemberListing {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    private static final int BATCH_SIZE = 200;

    private final MembershipPolicy policy;
    private final MembershipDao membershipDao;
    private final People people;

    public MemberListing(MembershipPolicy policy, MembershipDao membershipDao, People people) {
        this.policy = policy;
        this.membershipDao = membershipDao;
        this.people = people;
    }

    /**
     * Lists the community's members. Anyone who can view the community's space may call it.
     *
     * @param role   {@code owner}, {@code moderator}, {@code member}, or null for all
     * @param query  text in the display name or username, or null
     * @param cursor from the previous page, or null
     * @param limit  1 to {@value #MAX_LIMIT}
     * @throws InvalidInput naming {@code role}, {@code query}, {@code cursor} or {@code limit}
     * @throws NotFound     when the community is not visible to the caller
     */
    public MemberPage members(String spaceKey, String role, String query, String cursor, int limit) {
        Optional<MembershipRole> roleFilter = MembershipInput.roleFilter(role);
        Optional<String> search = MembershipInput.query(query);
        Optional<String> after = parse(cursor, limit);
        Community community = policy.visibleCommunity(spaceKey);
        return page(community, MembershipState.MEMBER, roleFilter, search, after, limit);
    }

    /**
     * Lists pending requests to join. Moderators only.
     *
     * @throws AccessDenied when the caller does not moderate the community (401 when not logged in)
     * @throws NotFound     when the community is not visible to the caller
     */
    public MemberPage requests(String spaceKey, String cursor, int limit) {
        policy.requireLogin();
        Optional<String> after = parse(cursor, limit);
        Community community = policy.visibleCommunity(spaceKey);
        if (!policy.standing(community).canModerate()) {
            throw new AccessDenied("guildhall.error.membership.not-moderator", community.name());
        }
        return page(community, MembershipState.PENDING, Optional.empty(), Optional.empty(), after, limit);
    }

    private MemberPage page(Community community, MembershipState state, Optional<MembershipRole> role,
                            Optional<String> search, Optional<String> after, int limit) {
        List<Member> page = new ArrayList<>();
        Optional<String> position = after;
        while (true) {
            List<Membership> batch = membershipDao.findByState(community.id(), state, role, position, BATCH_SIZE);
            for (Membership membership : batch) {
                Optional<Person> person = people.find(membership.userKey());
                if (search.isPresent() && !matches(person, search.get())) {
                    continue;
                }
                if (page.size() == limit) {
                    return new MemberPage(page, Optional.of(toCursor(page.get(limit - 1).membership().userKey())));
                }
                page.add(new Member(membership, person));
            }
            if (batch.size() < BATCH_SIZE) {
                return new MemberPage(page, Optional.empty());
            }
            position = Optional.of(batch.get(batch.size() - 1).userKey());
        }
    }

    private static boolean matches(Optional<Person> person, String search) {
        return person.map(p -> contains(p.displayName(), search) || contains(p.username(), search)).orElse(false);
    }

    private static boolean contains(String value, String search) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(search);
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
