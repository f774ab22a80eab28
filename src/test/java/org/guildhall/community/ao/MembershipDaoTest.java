package org.guildhall.community.ao;

import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.Membership;
import org.guildhall.community.MembershipAction;
import org.guildhall.community.MembershipLogEntry;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.Visibility;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class MembershipDaoTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T12:00:00Z");

    private MembershipDao dao;
    private Community coffee;
    private Community tea;


    @Before
    public void createCommunities() {
        dao = new MembershipDao(ao);
        CommunityDao communities = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        coffee = communities.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), NOW);
        tea = communities.save("TEA", new CommunitySettings("Tea", "", Visibility.REQUEST), NOW);
    }

    @Test
    public void insert_storesEveryFieldAndFindReadsItBack() {
        Membership stored = dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.PENDING,
                "key-bob", "Ünïcødé ☕ please", NOW);

        Membership found = dao.find(coffee.id(), "key-bob").orElseThrow();
        assertThat(found, is(stored));
        assertThat(found.state(), is(MembershipState.PENDING));
        assertThat(found.role(), is(MembershipRole.MEMBER));
        assertThat(found.message(), is("Ünïcødé ☕ please"));
        assertThat(found.actorKey(), is("key-bob"));
        assertThat(found.createdAt(), is(NOW));
    }

    @Test
    public void find_isEmptyForSomeoneWithoutMembershipAndDoesNotMixUpCommunities() {
        dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);

        assertThat(dao.find(tea.id(), "key-bob"), is(Optional.empty()));
        assertThat(dao.find(coffee.id(), "key-carol"), is(Optional.empty()));
    }

    @Test
    public void aPersonHasAtMostOneMembershipPerCommunity_enforcedByTheDatabase() {
        dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);

        assertThrows(RuntimeException.class, () ->
                dao.insert(coffee.id(), "key-bob", MembershipRole.OWNER, MembershipState.PENDING, "key-bob", "", NOW));
        dao.insert(tea.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);
        assertThat(ao.count(MembershipEntity.class), is(2));
    }

    @Test
    public void update_changesRoleStateActorAndTime() {
        Membership pending = dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.PENDING,
                "key-bob", "hello", NOW);

        dao.update(pending.id(), MembershipRole.MODERATOR, MembershipState.MEMBER, "key-alice", "", LATER);

        Membership found = dao.find(coffee.id(), "key-bob").orElseThrow();
        assertThat(found.role(), is(MembershipRole.MODERATOR));
        assertThat(found.state(), is(MembershipState.MEMBER));
        assertThat(found.actorKey(), is("key-alice"));
        assertThat(found.message(), is(""));
        assertThat(found.createdAt(), is(NOW));
        assertThat(found.updatedAt(), is(LATER));
    }

    @Test
    public void delete_removesOnlyThatMembership() {
        Membership bob = dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);
        dao.insert(coffee.id(), "key-carol", MembershipRole.MEMBER, MembershipState.MEMBER, "key-carol", "", NOW);

        dao.delete(bob.id());

        assertThat(dao.find(coffee.id(), "key-bob"), is(Optional.empty()));
        assertThat(dao.find(coffee.id(), "key-carol").isPresent(), is(true));
    }

    @Test
    public void countOwners_countsOnlyMembersWithTheOwnerRoleInThatCommunity() {
        dao.insert(coffee.id(), "key-alice", MembershipRole.OWNER, MembershipState.MEMBER, "key-alice", "", NOW);
        dao.insert(coffee.id(), "key-bob", MembershipRole.OWNER, MembershipState.MEMBER, "key-alice", "", NOW);
        dao.insert(coffee.id(), "key-carol", MembershipRole.MODERATOR, MembershipState.MEMBER, "key-alice", "", NOW);
        dao.insert(coffee.id(), "key-dave", MembershipRole.OWNER, MembershipState.BANNED, "key-alice", "", NOW);
        dao.insert(tea.id(), "key-erin", MembershipRole.OWNER, MembershipState.MEMBER, "key-erin", "", NOW);

        assertThat(dao.countOwners(coffee.id()), is(2));
    }

    @Test
    public void refreshMemberCount_storesTheNumberOfMembersOnTheCommunity_notRequestsInvitationsOrBans() {
        dao.insert(coffee.id(), "key-alice", MembershipRole.OWNER, MembershipState.MEMBER, "key-alice", "", NOW);
        dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);
        dao.insert(coffee.id(), "key-carol", MembershipRole.MEMBER, MembershipState.PENDING, "key-carol", "", NOW);
        dao.insert(coffee.id(), "key-dave", MembershipRole.MEMBER, MembershipState.INVITED, "key-alice", "", NOW);
        dao.insert(coffee.id(), "key-erin", MembershipRole.MEMBER, MembershipState.BANNED, "key-alice", "", NOW);

        assertThat(ao.executeInTransaction(() -> {
            dao.lockCommunity(coffee.id());
            return dao.refreshMemberCount(coffee.id());
        }), is(2));
        assertThat(new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao)).findBySpaceKey("COFFEE").orElseThrow().memberCount(), is(2));
        assertThat(new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao)).findBySpaceKey("TEA").orElseThrow().memberCount(), is(0));
    }

    @Test
    public void lockCommunity_reportsACommunityThatDoesNotExist() {
        assertThat(ao.executeInTransaction(() -> dao.lockCommunity(coffee.id() + tea.id() + 1000)), is(false));
        assertThat(ao.executeInTransaction(() -> dao.lockCommunity(coffee.id())), is(true));
    }

    @Test
    public void findNewestMembers_returnsMembersOnlyMostRecentlyAddedFirst() {
        for (int i = 0; i < 4; i++) {
            dao.insert(coffee.id(), "key-" + i, MembershipRole.MEMBER, MembershipState.MEMBER, "key-" + i, "",
                    NOW.plusSeconds(60L * i));
        }
        dao.insert(coffee.id(), "key-pending", MembershipRole.MEMBER, MembershipState.PENDING, "key-pending", "", LATER);
        dao.insert(tea.id(), "key-tea", MembershipRole.MEMBER, MembershipState.MEMBER, "key-tea", "", LATER);

        assertThat(userKeys(dao.findNewestMembers(coffee.id(), 3)), contains("key-3", "key-2", "key-1"));
        assertThat(userKeys(dao.findNewestMembers(tea.id(), 3)), contains("key-tea"));
    }

    @Test
    public void findByState_pagesByUserKeyAndFiltersByRole() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String key = "key-" + (char) ('g' - i);
            keys.add(key);
            dao.insert(coffee.id(), key, i % 2 == 0 ? MembershipRole.MODERATOR : MembershipRole.MEMBER,
                    MembershipState.MEMBER, key, "", NOW);
        }
        dao.insert(coffee.id(), "key-pending", MembershipRole.MEMBER, MembershipState.PENDING, "key-pending", "", NOW);
        dao.insert(tea.id(), "key-a0", MembershipRole.MEMBER, MembershipState.MEMBER, "key-a0", "", NOW);

        List<Membership> first = dao.findByState(coffee.id(), MembershipState.MEMBER, Optional.empty(), Optional.empty(), 3);
        List<Membership> second = dao.findByState(coffee.id(), MembershipState.MEMBER, Optional.empty(),
                Optional.of(first.get(2).userKey()), 10);

        assertThat(userKeys(first), contains("key-a", "key-b", "key-c"));
        assertThat(userKeys(second), contains("key-d", "key-e", "key-f", "key-g"));
        assertThat(userKeys(dao.findByState(coffee.id(), MembershipState.MEMBER, Optional.of(MembershipRole.MODERATOR),
                Optional.empty(), 10)), contains("key-a", "key-c", "key-e", "key-g"));
        assertThat(userKeys(dao.findByState(coffee.id(), MembershipState.PENDING, Optional.empty(), Optional.empty(), 10)),
                contains("key-pending"));
        assertThat(dao.findByState(tea.id(), MembershipState.PENDING, Optional.empty(), Optional.empty(), 10), is(empty()));
    }

    @Test
    public void log_recordsWhoDidWhatToWhomAndWhenInOrder() {
        dao.log(tea.id(), "key-bob", "key-bob", MembershipAction.REQUESTED, MembershipRole.MEMBER,
                MembershipState.PENDING, "Let me in", NOW);
        dao.log(tea.id(), "key-bob", "key-alice", MembershipAction.DENIED, MembershipRole.MEMBER,
                MembershipState.NONE, "", LATER);
        dao.log(coffee.id(), "key-carol", "key-carol", MembershipAction.JOINED, MembershipRole.MEMBER,
                MembershipState.MEMBER, "", NOW);

        List<MembershipLogEntry> log = dao.findLog(tea.id());

        assertThat(log.size(), is(2));
        assertThat(log.get(0), is(new MembershipLogEntry(tea.id(), "key-bob", "key-bob", MembershipAction.REQUESTED,
                MembershipRole.MEMBER, MembershipState.PENDING, "Let me in", NOW)));
        assertThat(log.get(1).action(), is(MembershipAction.DENIED));
        assertThat(log.get(1).actorKey(), is("key-alice"));
        assertThat(log.get(1).state(), is(MembershipState.NONE));
    }

    private static List<String> userKeys(List<Membership> memberships) {
        return memberships.stream().map(Membership::userKey).toList();
    }

    @Test
    public void findByUserKeys_findsTheGivenPeoplesMembershipsInThatStateAndCommunityOnly() {
        dao.insert(coffee.id(), "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER, "key-bob", "", NOW);
        dao.insert(coffee.id(), "key-carol", MembershipRole.MODERATOR, MembershipState.MEMBER, "key-carol", "", NOW);
        dao.insert(coffee.id(), "key-dave", MembershipRole.MEMBER, MembershipState.PENDING, "key-dave", "", NOW);
        dao.insert(tea.id(), "key-erin", MembershipRole.MEMBER, MembershipState.MEMBER, "key-erin", "", NOW);
        dao.insert(coffee.id(), "key-frank", MembershipRole.MEMBER, MembershipState.MEMBER, "key-frank", "", NOW);

        java.util.Map<String, Membership> found = dao.findByUserKeys(coffee.id(), MembershipState.MEMBER,
                Optional.empty(), List.of("key-bob", "key-carol", "key-dave", "key-erin", "key-nobody"));
        java.util.Map<String, Membership> moderators = dao.findByUserKeys(coffee.id(), MembershipState.MEMBER,
                Optional.of(MembershipRole.MODERATOR), List.of("key-bob", "key-carol"));

        assertThat(found.keySet(), is(java.util.Set.of("key-bob", "key-carol")));
        assertThat(found.get("key-carol").role(), is(MembershipRole.MODERATOR));
        assertThat(moderators.keySet(), is(java.util.Set.of("key-carol")));
    }

    @Test
    public void findByUserKeys_readsMoreKeysThanOneInListHolds() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < MembershipDao.IN_LIST_SIZE + 3; i++) {
            keys.add("key-" + i);
        }
        dao.insert(coffee.id(), "key-1", MembershipRole.MEMBER, MembershipState.MEMBER, "key-1", "", NOW);
        dao.insert(coffee.id(), "key-" + (MembershipDao.IN_LIST_SIZE + 2), MembershipRole.MEMBER,
                MembershipState.MEMBER, "key-x", "", NOW);

        assertThat(dao.findByUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(), keys).keySet(),
                is(java.util.Set.of("key-1", "key-" + (MembershipDao.IN_LIST_SIZE + 2))));
        assertThat(dao.findByUserKeys(coffee.id(), MembershipState.MEMBER, Optional.empty(), List.of()).isEmpty(),
                is(true));
    }
}
