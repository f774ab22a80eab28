package org.guildhall.community;

import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one membership use case in one transaction with the community locked: changes to the same community wait
 * for each other (on every node), so rules such as "at least one owner" hold under concurrency. The member count is
 * recounted before commit; events are published only after the commit, never for a change that rolled back.
 */
@Component
public class MembershipTransaction {

    private final MembershipDao membershipDao;
    private final Transactions transactions;
    private final AppEvents appEvents;
    private final Clock clock;
    private final MembersGroup membersGroup;
    private final MemberNames names;

    public MembershipTransaction(MembershipDao membershipDao, Transactions transactions, AppEvents appEvents,
                                 Clock clock, MembersGroup membersGroup, MemberNames names) {
        this.membershipDao = membershipDao;
        this.membersGroup = membersGroup;
        this.names = names;
        this.transactions = transactions;
        this.appEvents = appEvents;
        this.clock = clock;
    }

    /**
     * Runs {@code work} with the community locked. When it loses a race on the unique (community, person) pair, it
     * runs once more and then sees the winner's row.
     */
    public <T> T run(Community community, String actorKey, Function<MembershipChanges, T> work) {
        AtomicReference<List<MembershipChangedEvent>> committed = new AtomicReference<>(List.of());
        T result = transactions.inTransactionRetryingOnConflict(() -> {
            if (!membershipDao.lockCommunity(community.id())) {
                throw new NotFound("guildhall.error.community.not-found", community.spaceKey());
            }
            MembershipChanges changes = new MembershipChanges(membershipDao, membersGroup, names, community,
                    actorKey, clock.now());
            T outcome = work.apply(changes);
            membershipDao.refreshMemberCount(community.id());
            committed.set(changes.events());
            return outcome;
        });
        committed.get().forEach(appEvents::publish);
        return result;
    }
}
