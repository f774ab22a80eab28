package org.guildhall.platform.confluence;

import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.community.ao.CommunityTopicEntity;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** Work done in a transaction is written whole or not at all. */
public class ActiveObjectsTransactionsTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");


    @Test
    public void workThatFailsHalfwayLeavesNothingBehind() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        CommunityDao dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));

        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            dao.save("ONE", new CommunitySettings("One", "", Visibility.OPEN), NOW);
            dao.save("TWO", new CommunitySettings("Two", "", Visibility.OPEN), NOW);
            throw new IllegalStateException("fails after two writes");
        }));

        ao.flushAll();
        assertThat(ao.count(CommunityEntity.class), is(0));
    }

    @Test
    public void workThatLosesARaceOnAUniqueKeyIsRunAgainAndSeesTheWinnersRow() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        CommunityDao dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        int[] attempts = {0};

        Community saved = transactions.inTransactionRetryingOnConflict(() -> {
            if (attempts[0]++ == 0) {
                // another node commits the same space key after this transaction looked for it, then this one inserts
                otherNodeCreates("RACE");
                dao.insertAll(List.of(new Community(0, "RACE", "Mine", "", Visibility.OPEN, 0, true, NOW, NOW)));
            }
            return dao.save("RACE", new CommunitySettings("Mine", "", Visibility.OPEN), NOW);
        });

        assertThat(attempts[0], is(2));
        assertThat(saved.name(), is("Mine"));
        assertThat(ao.count(CommunityEntity.class), is(1));
    }

    @Test
    public void failuresOtherThanAConflictAreNotRetried() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        int[] attempts = {0};

        assertThrows(IllegalStateException.class, () -> transactions.inTransactionRetryingOnConflict(() -> {
            attempts[0]++;
            throw new IllegalStateException("not a conflict");
        }));
        assertThat(attempts[0], is(1));
    }

    private void otherNodeCreates(String spaceKey) {
        Thread otherNode = new Thread(() -> new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao)).insertAll(List.of(
                new Community(0, spaceKey, "Theirs", "", Visibility.OPEN, 0, true, NOW, NOW))));
        otherNode.start();
        try {
            otherNode.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void workThatSucceedsIsWrittenWhole() {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        CommunityDao dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));

        transactions.inTransaction(() -> {
            dao.save("ONE", new CommunitySettings("One", "", Visibility.OPEN), NOW);
            return dao.save("TWO", new CommunitySettings("Two", "", Visibility.OPEN), NOW);
        });

        assertThat(ao.count(CommunityEntity.class), is(2));
    }
}
