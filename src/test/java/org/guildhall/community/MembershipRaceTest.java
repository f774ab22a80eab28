package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MemberNameTokenEntity;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.community.ao.MembershipLogEntity;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Groups;
import org.guildhall.platform.People;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.testing.TestDatabases;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Membership changes racing each other on PostgreSQL, through the real services, DAO and transactions, two threads
 * released at the same instant, many rounds: no duplicate rows, never a community without an owner, and a member
 * count and log that agree with the rows.
 */
public class MembershipRaceTest {

    private static final int ROUNDS = 15;
    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private EntityManagerActiveObjects ao;
    private CommunityDao communityDao;
    private MembershipDao membershipDao;
    private CommunityJoining joining;
    private MemberModeration moderation;
    private ExecutorService threads;

    @Before
    public void connect() {
        Object[] postgres = TestDatabases.all().stream().filter(database -> "postgres".equals(database[0]))
                .findFirst().orElseThrow();
        ao = TestDatabases.activeObjects("postgres", (AoDatabase) postgres[1]);
        ao.deleteWithSQL(MembershipLogEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(MemberNameTokenEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(MembershipEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(CommunityEntity.class, "ID > ?", 0);
        communityDao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        membershipDao = new MembershipDao(ao);
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(anyString())).thenReturn(true);
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(call -> Optional.ofNullable(CALLER.get()));
        People people = mock(People.class);
        MembershipPolicy policy = new MembershipPolicy(communityDao, membershipDao, spacePermissions, currentUser);
        MembershipTransaction transaction = new MembershipTransaction(membershipDao, new ActiveObjectsTransactions(ao),
                mock(AppEvents.class), new Clock(), new MembersGroup(mock(Groups.class)),
                new MemberNames(people, new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao))));
        joining = new CommunityJoining(policy, transaction);
        moderation = new MemberModeration(policy, transaction, people);
        threads = Executors.newFixedThreadPool(2);
    }

    @After
    public void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    public void twoSimultaneousJoinsByOnePerson_leaveExactlyOneMembership() throws Exception {
        Community open = community("OPEN", Visibility.OPEN);

        for (int round = 0; round < ROUNDS; round++) {
            String person = "key-joiner-" + round;
            List<Object> outcomes = race(() -> as(person, () -> joining.join("OPEN", null)),
                    () -> as(person, () -> joining.join("OPEN", null)));

            assertThat(outcomes.get(0) instanceof MemberStanding, is(true));
            assertThat(outcomes.get(1) instanceof MemberStanding, is(true));
            assertThat(ao.count(MembershipEntity.class, MembershipEntity.USER_KEY + " = ?", person), is(1));
        }
        assertThat(memberCount(open), is(ROUNDS));
        assertThat(membershipDao.findLog(open.id()).size(), is(ROUNDS));
    }

    @Test
    public void twoOwnersDemotingEachOtherAtOnce_leaveAtLeastOneOwner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String spaceKey = "DEMOTE" + round;
            Community community = community(spaceKey, Visibility.OPEN);
            owner(community, "key-ann");
            owner(community, "key-ben");

            List<Object> outcomes = race(
                    () -> as("key-ann", () -> moderation.changeRole(spaceKey, "key-ben", "member")),
                    () -> as("key-ben", () -> moderation.changeRole(spaceKey, "key-ann", "member")));

            assertThat(membershipDao.countOwners(community.id()), is(1));
            assertThat(outcomes.stream().filter(outcome -> outcome instanceof GuildhallException).count(), is(1L));
        }
    }

    @Test
    public void twoOwnersLeavingAtOnce_leaveAtLeastOneOwner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String spaceKey = "LEAVE" + round;
            Community community = community(spaceKey, Visibility.OPEN);
            owner(community, "key-ann");
            owner(community, "key-ben");

            List<Object> outcomes = race(() -> as("key-ann", () -> joining.leave(spaceKey)),
                    () -> as("key-ben", () -> joining.leave(spaceKey)));

            assertThat(membershipDao.countOwners(community.id()), is(1));
            assertThat(memberCount(community), is(1));
            assertThat(outcomes.stream().filter(outcome -> outcome instanceof GuildhallException.Conflict).count(), is(1L));
        }
    }

    @Test
    public void approvingWhileTheRequesterWithdraws_endsConsistently() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String spaceKey = "ASK" + round;
            Community community = community(spaceKey, Visibility.REQUEST);
            owner(community, "key-ann");
            as("key-bob", () -> joining.join(spaceKey, "please"));

            List<Object> outcomes = race(
                    () -> as("key-ann", () -> moderation.decideRequest(spaceKey, "key-bob", "approve", null)),
                    () -> as("key-bob", () -> joining.leave(spaceKey)));

            // Either the approval came first and the withdrawal then left the community, or the withdrawal came
            // first and there was nothing left to approve: either way bob ends with nothing, and the books agree.
            assertThat(membershipDao.find(community.id(), "key-bob"), is(Optional.empty()));
            assertThat(outcomes.get(0).getClass().getSimpleName(), isOneOf("MemberState", "NotFound"));
            assertThat(outcomes.get(1) instanceof MemberStanding, is(true));
            assertThat(memberCount(community), is(1));
            List<MembershipLogEntry> log = membershipDao.findLog(community.id());
            assertThat(log.get(log.size() - 1).state(), is(MembershipState.NONE));
            assertThat(membershipDao.countOwners(community.id()), greaterThanOrEqualTo(1));
        }
    }

    private Community community(String spaceKey, Visibility visibility) {
        return communityDao.save(spaceKey, new CommunitySettings(spaceKey, "", visibility), new Clock().now());
    }

    private void owner(Community community, String userKey) {
        ao.executeInTransaction(() -> {
            membershipDao.lockCommunity(community.id());
            membershipDao.insert(community.id(), userKey, MembershipRole.OWNER, MembershipState.MEMBER, userKey, "",
                    new Clock().now());
            return membershipDao.refreshMemberCount(community.id());
        });
    }

    private int memberCount(Community community) {
        return communityDao.findBySpaceKey(community.spaceKey()).orElseThrow().memberCount();
    }

    private static <T> T as(String userKey, Supplier<T> work) {
        CALLER.set(userKey);
        try {
            return work.get();
        } finally {
            CALLER.remove();
        }
    }

    /** Runs both at the same instant; each outcome is the result, or the GuildhallException thrown. */
    private List<Object> race(Supplier<Object> first, Supplier<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Supplier<Object> work : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return work.get();
                } catch (GuildhallException refused) {
                    return refused;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
