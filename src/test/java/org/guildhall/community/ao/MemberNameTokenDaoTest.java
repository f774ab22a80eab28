package org.guildhall.community.ao;

import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.MemberNames;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.Visibility;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/** The prefix ranges of the name index, on every database's collation. */
public class MemberNameTokenDaoTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private MembershipDao memberships;
    private MemberNameTokenDao tokens;
    private Community coffee;
    private Community tea;

    @Before
    public void communitiesWithNamedMembers() {
        memberships = new MembershipDao(ao);
        tokens = new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        CommunityDao communities = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        coffee = communities.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), NOW);
        tea = communities.save("TEA", new CommunitySettings("Tea", "", Visibility.OPEN), NOW);
        member(coffee, "key-zoe", MembershipState.MEMBER, "Zoë Ångström", "zoe.angstrom");
        member(coffee, "key-zed", MembershipState.MEMBER, "Zed Zoo", "zed99");
        member(coffee, "key-zora", MembershipState.PENDING, "Zora Zoe", "zora");
        member(tea, "key-zeta", MembershipState.MEMBER, "Zeta Zoe", "zeta");
    }

    @Test
    public void findUserKeys_matchesWordPrefixes_includingAccentsAndDigits_onlyInTheCommunityAndState() {
        assertThat(find(coffee, "zo"), contains("key-zed", "key-zoe"));
        assertThat(find(coffee, "zoë"), contains("key-zoe"));
        assertThat(find(coffee, "ång"), contains("key-zoe"));
        assertThat(find(coffee, "zed9"), contains("key-zed"));
        assertThat(find(coffee, "oo"), is(empty()));
        assertThat(find(tea, "zo"), contains("key-zeta"));
    }

    @Test
    public void findUserKeys_needsEveryWord() {
        assertThat(find(coffee, "zo", "ze"), contains("key-zed"));
        assertThat(find(coffee, "zo", "angs"), contains("key-zoe"));
        assertThat(find(coffee, "zoo", "angs"), is(empty()));
    }

    @Test
    public void findUserKeys_pagesAfterTheGivenUserKey() {
        assertThat(tokens.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(), List.of("z"),
                Optional.empty(), 1), contains("key-zed"));
        assertThat(tokens.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(), List.of("z"),
                Optional.of("key-zed"), 1), contains("key-zoe"));
        assertThat(tokens.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.of(MembershipRole.OWNER),
                List.of("z"), Optional.empty(), 5), is(empty()));
    }

    @Test
    public void findUserKeys_findsTheSameMembers_whetherAWordsTokensDriveOrTheMembersAreWalked() {
        member(coffee, "key-zack", MembershipState.MEMBER, "Zack Angstrom", "zack");
        memberships.update(memberships.find(coffee.id(), "key-zack").orElseThrow().id(), MembershipRole.MODERATOR,
                MembershipState.MEMBER, "key-zack", null, NOW);
        // every word that begins a longer token counts as common: the search walks the members in user-key order
        MemberNameTokenDao walking = new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao), 1);
        for (List<String> words : List.of(List.of("zo"), List.of("z"), List.of("zo", "ze"), List.of("ang", "z"),
                List.of("zoo", "angs"), List.of("oo"), List.of("zed"), List.of("zed", "zoo"), List.of("zack", "angstrom"),
                List.of("angstrom", "za"))) {
            for (Optional<MembershipRole> role : List.of(Optional.<MembershipRole>empty(),
                    Optional.of(MembershipRole.MODERATOR))) {
                for (Optional<String> after : List.of(Optional.<String>empty(), Optional.of("key-zed"))) {
                    List<String> rarestFirst = tokens.findUserKeys(coffee.id(), MembershipState.MEMBER, role, words,
                            after, 2);
                    assertThat(words + " " + role + " " + after, walking.findUserKeys(coffee.id(),
                            MembershipState.MEMBER, role, words, after, 2), is(rarestFirst));
                }
            }
        }
        assertThat(walking.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(), List.of("z"),
                Optional.empty(), 5), contains("key-zack", "key-zed", "key-zoe"));
        assertThat(walking.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.of(MembershipRole.MODERATOR),
                List.of("ang"), Optional.empty(), 5), contains("key-zack"));
    }

    @Test
    public void findUserKeys_countsAPersonOnce_evenWhenSeveralOfTheirWordsBeginWithTheSearchWord() {
        member(coffee, "key-zz", MembershipState.MEMBER, "Zz Zzz", "zzzz");

        assertThat(find(coffee, "zz"), contains("key-zz"));
    }

    @Test
    public void findUserKeys_pagesAWordThatBeginsSeveralTokens_inUserKeyOrder_withoutRepeatingAnyone() {
        member(coffee, "key-a", MembershipState.MEMBER, "Zola Zoom", "zol");
        member(coffee, "key-b", MembershipState.MEMBER, "Zoo Keeper", "keeper");
        member(coffee, "key-c", MembershipState.MEMBER, "Zoey", "zoey");

        List<String> paged = new java.util.ArrayList<>();
        Optional<String> after = Optional.empty();
        for (int page = 0; page < 6; page++) {
            List<String> found = tokens.findUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(),
                    List.of("zo"), after, 2);
            paged.addAll(found);
            if (found.size() < 2) {
                break;
            }
            after = Optional.of(found.get(found.size() - 1));
        }

        assertThat(paged, contains("key-a", "key-b", "key-c", "key-zed", "key-zoe"));
    }

    @Test
    public void changeState_makesAnApprovedRequesterFindable_andABannedMemberNot() {
        tokens.changeState(coffee.id(), "key-zora", MembershipState.MEMBER);
        tokens.changeState(coffee.id(), "key-zed", MembershipState.BANNED);

        assertThat(find(coffee, "zo"), contains("key-zoe", "key-zora"));
        assertThat(tokens.findUserKeys(coffee.id(), MembershipState.BANNED, Optional.empty(), List.of("zed"),
                Optional.empty(), 10), contains("key-zed"));
    }

    @Test
    public void fillMissingStates_givesWordsAnOlderNodeStoredTheirMembershipsState_andDropsThoseWithoutOne() {
        ao.create(MemberNameTokenEntity.class, java.util.Map.of(MemberNameTokenEntity.COMMUNITY_ID, (int) coffee.id(),
                MemberNameTokenEntity.USER_KEY, "key-zed", MemberNameTokenEntity.TOKEN, "zebedee"));
        ao.create(MemberNameTokenEntity.class, java.util.Map.of(MemberNameTokenEntity.COMMUNITY_ID, (int) coffee.id(),
                MemberNameTokenEntity.USER_KEY, "key-gone", MemberNameTokenEntity.TOKEN, "zebedee"));

        assertThat(tokens.fillMissingStates(), is(1));

        assertThat(find(coffee, "zebedee"), contains("key-zed"));
        assertThat(ao.count(MemberNameTokenEntity.class, MemberNameTokenEntity.USER_KEY + " = ?", "key-gone"), is(0));
    }

    @Test
    public void delete_removesThePersonsWordsInThatCommunityOnly() {
        member(tea, "key-zoe", MembershipState.MEMBER, "Zoë Ångström", "zoe.angstrom");

        tokens.delete(coffee.id(), "key-zoe");

        assertThat(find(coffee, "ång"), is(empty()));
        assertThat(find(tea, "ång"), contains("key-zoe"));
    }

    private List<String> find(Community community, String... words) {
        return tokens.findUserKeys(community.id(), MembershipState.MEMBER, Optional.empty(), List.of(words),
                Optional.empty(), 10);
    }

    private void member(Community community, String userKey, MembershipState state, String displayName,
                        String username) {
        memberships.insert(community.id(), userKey, MembershipRole.MEMBER, state, userKey, "", NOW);
        tokens.replace(community.id(), userKey, state, MemberNames.tokens(displayName, username));
    }
}
