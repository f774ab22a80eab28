package org.guildhall.community;

import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists a community's members and pending requests, a page at a time, keyset-paged by user key: one query for the
 * page and one look-up of the names of everyone on it, however large the page. A name search reads Guildhall's own
 * index of the words of members' names ({@link MemberNames}): each word of the search text (at most
 * {@value MemberNames#MAX_SEARCH_WORDS}) must begin a word of the display name or username. One query counts how
 * common each word is, one finds the page's user keys (reading the rarest word's entries of the name index in the
 * list's order and stopping after the page, or walking the members in order when every word begins many longer
 * words), one reads their memberships, one looks up their names — whatever the size of the community or of
 * Confluence's user directory.
 */
@Component
public class MemberListing {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    private final MembershipPolicy policy;
    private final MembershipDao membershipDao;
    private final People people;
    private final MemberNameTokenDao nameTokens;

    public MemberListing(MembershipPolicy policy, MembershipDao membershipDao, People people,
                         MemberNameTokenDao nameTokens) {
        this.policy = policy;
        this.membershipDao = membershipDao;
        this.people = people;
        this.nameTokens = nameTokens;
    }

    /**
     * Lists the community's members by user key, all or those whose name words begin with the search text's words.
     * Anyone who can view the community's space may call it.
     *
     * @param role   {@code owner}, {@code moderator}, {@code member}, or null for all
     * @param query  words that begin words of the display name or username (any order), or null
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
            return searchPage(policy.visibleCommunityToRead(spaceKey), roleFilter, search.get(), after, limit);
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
     * The members whose name words begin with every word of the text: their user keys from the name index (one row
     * more, to know whether another page follows), then their memberships and names.
     */
    private MemberPage searchPage(Community community, Optional<MembershipRole> role, String text,
                                  Optional<String> after, int limit) {
        List<String> words = MemberNames.searchWords(text);
        if (words.isEmpty()) {
            return new MemberPage(List.of(), Optional.empty());
        }
        List<String> found = nameTokens.findUserKeys(community.id(), MembershipState.MEMBER, role, words, after,
                limit + 1);
        List<String> shown = found.size() > limit ? found.subList(0, limit) : found;
        Map<String, Membership> memberships = membershipDao.findByUserKeys(community.id(), MembershipState.MEMBER,
                role, shown);
        List<Membership> rows = shown.stream().map(memberships::get).filter(Objects::nonNull).toList();
        return new MemberPage(Member.withPeople(rows, people), found.size() > limit
                ? Optional.of(toCursor(shown.get(limit - 1))) : Optional.empty());
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
